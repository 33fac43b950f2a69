# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/simulation/__init__.py before commit db8689a, trimmed to its top-level imports and the names it defines
