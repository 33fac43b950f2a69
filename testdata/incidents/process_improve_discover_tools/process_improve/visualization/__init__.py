# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from process_improve.visualization.spec import (
    Annotation,
    ChartSpec,
    Encoding,
    LayerSpec,
    PanelSpec,
)
from process_improve.visualization.themes import (
    DEFAULT_THEME,
    THEME_BRAND,
    THEME_ECONOMIST,
    THEME_JOURNAL,
    THEME_NAMES,
    THEME_TUFTE,
    register_themes,
    set_theme,
)
from process_improve.visualization.types import (
    AnnotationType,
    MarkType,
    ScaleType,
)
