# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from process_improve.regression.methods import (
    multiple_linear_regression,
    repeated_median_slope,
    robust_regression,
)
