# Reconstruction for flake8-failfast's incident corpus: torch-sim, https://github.com/TorchSim/torch-sim/issues/184 (fix PR #187), as before 8ab0a188; not the project's code.
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Self

import torch

import torch_sim as ts
from torch_sim.state import SimState
from torch_sim.typing import MemoryScaling, StateDict


class ModelInterface(ABC):
    @abstractmethod
    def forward(self, state): ...


def validate_model_outputs(model, device, dtype): ...
