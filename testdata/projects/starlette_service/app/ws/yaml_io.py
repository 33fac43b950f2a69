"""Imports an extra: absent where the extra is not installed."""
import yaml

load = yaml.safe_load
