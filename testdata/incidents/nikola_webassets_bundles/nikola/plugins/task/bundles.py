# Reconstruction for flake8-failfast's incident corpus: Nikola, https://github.com/getnikola/nikola/issues/965, as before a8e5e64f; not the project's code.
from __future__ import unicode_literals

import os

try:
    import webassets
except ImportError:
    webassets = None  # NOQA

from nikola.plugin_categories import LateTask
from nikola import utils


class BuildBundles(LateTask):
    name = "create_bundles"

    def set_site(self, site):
        super(BuildBundles, self).set_site(site)
        if webassets is None:
            self.site.config["USE_BUNDLES"] = False

    def gen_tasks(self):
        output_folder = self.site.config["OUTPUT_FOLDER"]

        def build_bundle(output, inputs):
            target_dir = os.path.join(output_folder, os.path.dirname(output))
            env = webassets.Environment(target_dir, os.path.dirname(output))
            env.register(output, webassets.Bundle(*inputs, output=os.path.basename(output)))
            env[output].urls()

        yield self.group_task()
        if webassets is not None and self.site.config["USE_BUNDLES"] is not False:
            for name, files in get_theme_bundles(self.site.THEMES).items():
                target = os.path.join(output_folder, name)
                yield {"basename": self.name, "name": target, "actions": [(build_bundle, (name, files))]}


def get_theme_bundles(themes):
    found = {}
    for theme in themes:
        path = os.path.join(utils.get_theme_path(theme), "bundles")
        if os.path.isfile(path):
            with open(path) as f:
                for line in f:
                    name, files = line.split("=")
                    found[name.strip()] = [x.strip() for x in files.split(",")]
            break
    return found
