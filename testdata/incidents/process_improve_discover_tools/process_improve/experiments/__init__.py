# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from process_improve.experiments.analysis import analyze_experiment
from process_improve.experiments.augment import augment_design
from process_improve.experiments.designs import generate_design
from process_improve.experiments.designs_factorial import full_factorial
from process_improve.experiments.evaluate import evaluate_design
from process_improve.experiments.factor import Constraint, DesignResult, Factor, Response, ResponseGoal
from process_improve.experiments.knowledge import doe_knowledge
from process_improve.experiments.models import Model, lm, predict, summary
from process_improve.experiments.optimization import optimize_responses
from process_improve.experiments.strategy import recommend_strategy
from process_improve.experiments.structures import (
    Column,
    Expt,
    c,
    expand_grid,
    gather,
    supplement,
)
from process_improve.experiments.visualization import main_effects_plot, visualize_doe
