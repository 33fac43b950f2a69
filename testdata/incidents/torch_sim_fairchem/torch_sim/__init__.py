# Reconstruction for flake8-failfast's incident corpus: torch-sim, https://github.com/TorchSim/torch-sim/issues/184 (fix PR #187), as before 8ab0a188; not the project's code.
from torch_sim import (
    autobatching,
    elastic,
    integrators,
    io,
    math,
    models,
    monte_carlo,
    neighbors,
    optimizers,
    quantities,
    runners,
    state,
    trajectory,
    transforms,
    units,
)
from torch_sim.autobatching import BinningAutoBatcher, InFlightAutoBatcher
from torch_sim.integrators import npt_langevin, nve, nvt_langevin
from torch_sim.monte_carlo import swap_monte_carlo
from torch_sim.optimizers import (
    frechet_cell_fire,
    gradient_descent,
    unit_cell_fire,
    unit_cell_gradient_descent,
)
from torch_sim.properties.correlations import CorrelationCalculator
from torch_sim.quantities import calc_kinetic_energy, calc_kT
from torch_sim.runners import (
    generate_energy_convergence_fn,
    generate_force_convergence_fn,
    integrate,
    optimize,
    static,
)
from torch_sim.state import SimState, concatenate_states, initialize_state
from torch_sim.trajectory import TorchSimTrajectory, TrajectoryReporter
