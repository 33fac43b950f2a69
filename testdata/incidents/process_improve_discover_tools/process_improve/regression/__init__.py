# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/regression/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
from process_improve.regression.methods import (
    multiple_linear_regression,
    repeated_median_slope,
    robust_regression,
)
__all__ = [
    "multiple_linear_regression",
    "repeated_median_slope",
    "robust_regression",
]
