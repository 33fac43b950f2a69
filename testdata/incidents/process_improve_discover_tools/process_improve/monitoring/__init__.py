# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from process_improve.monitoring.control_charts import ControlChart
from process_improve.monitoring.metrics import calculate_cpk
