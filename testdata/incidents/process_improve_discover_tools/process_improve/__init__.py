# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
from process_improve.monitoring.control_charts import ControlChart
from process_improve.monitoring.metrics import calculate_cpk
from process_improve.multivariate.methods import PCA, PLS, MCUVScaler
from process_improve.tool_spec import execute_tool_call, get_tool_specs
__all__ = [
    "PCA",
    "PLS",
    "ControlChart",
    "MCUVScaler",
    "calculate_cpk",
    "execute_tool_call",
    "get_tool_specs",
]
