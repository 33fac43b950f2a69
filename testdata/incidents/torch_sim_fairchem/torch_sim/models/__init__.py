# Reconstruction for flake8-failfast's incident corpus: torch-sim, https://github.com/TorchSim/torch-sim/issues/184 (fix PR #187), as before 8ab0a188; not the project's code.
