# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from process_improve.batch.data_input import (
    check_valid_batch_dict,
    dict_to_melted,
    dict_to_wide,
    melted_to_dict,
    melted_to_wide,
    wide_to_melted,
)
from process_improve.batch.features import (
    cross,
    f_area,
    f_count,
    f_crossing,
    f_elbow,
    f_iqr,
    f_last,
    f_max,
    f_mean,
    f_median,
    f_min,
    f_rupture,
    f_slope,
    f_std,
    f_sum,
)
from process_improve.batch.preprocessing import (
    batch_dtw,
    determine_scaling,
    find_reference_batch,
    resample_to_reference,
)
