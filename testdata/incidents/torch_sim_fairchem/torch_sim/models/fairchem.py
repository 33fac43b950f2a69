# Reconstruction for flake8-failfast's incident corpus: torch-sim, https://github.com/TorchSim/torch-sim/issues/184 (fix PR #187), as before 8ab0a188; not the project's code.
from __future__ import annotations

import typing
from typing import Any

import torch

import torch_sim as ts
from torch_sim.models.interface import ModelInterface


try:
    from fairchem.core.common.registry import registry
    from fairchem.core.common.utils import (
        load_config,
        setup_imports,
        setup_logging,
        update_config,
    )
    from fairchem.core.models.model_registry import model_name_to_local_file
    from torch_geometric.data import Batch, Data

except ImportError:

    class FairChemModel(torch.nn.Module, ModelInterface):
        def __init__(self, *_args: Any, **_kwargs: Any) -> None:
            raise ImportError("FairChemModel needs fairchem")


if typing.TYPE_CHECKING:
    from pathlib import Path


class FairChemModel(torch.nn.Module, ModelInterface):
    def __init__(self, model: str | Path | None, *, config_yml: str | None = None, model_name: str | None = None) -> None:
        super().__init__()
        setup_imports()
        setup_logging()
        if model_name is not None:
            model = model_name_to_local_file(model_name, local_cache=".fairchem")
        config = update_config(load_config(config_yml)[0]) if config_yml else {"trainer": "ocp"}
        self.trainer = registry.get_trainer_class(config["trainer"])(**config)

    def forward(self, state: ts.SimState) -> dict:
        batch = Batch.from_data_list([Data(pos=state.positions)])
        return {"energy": self.trainer.model(batch)}
