# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/monitoring/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
from process_improve.monitoring.control_charts import ControlChart
from process_improve.monitoring.metrics import calculate_cpk
__all__ = [
    "ControlChart",
    "calculate_cpk",
]
