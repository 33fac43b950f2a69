# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/bivariate/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
from process_improve.bivariate.methods import find_elbow_point, find_line_intersection
__all__ = [
    "find_elbow_point",
    "find_line_intersection",
]
