"""First-party stand-ins that the FF fixtures import: their source decides what can be absent."""
