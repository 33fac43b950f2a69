# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/visualization/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
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
__all__ = [
    "DEFAULT_THEME",
    "THEME_BRAND",
    "THEME_ECONOMIST",
    "THEME_JOURNAL",
    "THEME_NAMES",
    "THEME_TUFTE",
    "Annotation",
    "AnnotationType",
    "ChartSpec",
    "Encoding",
    "LayerSpec",
    "MarkType",
    "PanelSpec",
    "ScaleType",
    "register_themes",
    "set_theme",
]
