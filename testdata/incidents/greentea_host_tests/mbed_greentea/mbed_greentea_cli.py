# Reconstruction for flake8-failfast's incident corpus: mbed-greentea, https://github.com/ARMmbed/greentea/issues/44 and https://github.com/ARMmbed/greentea/issues/45, as before 4cf02c0 (Python 2 code, written here in Python 3 syntax); not the project's code.
import optparse
import sys
from Queue import Queue

from mbed_greentea.mbed_test_api import run_host_test
from mbed_greentea.mbed_greentea_log import gt_log
from mbed_greentea.mbed_greentea_log import gt_log_err

try:
    import mbed_lstools
    import mbed_host_tests
except:
    pass

MBED_LMTOOLS = "mbed_lstools" in sys.modules
MBED_HOST_TESTS = "mbed_host_tests" in sys.modules


def main():
    parser = optparse.OptionParser()
    methods = mbed_host_tests.host_tests_plugins.get_plugin_caps("CopyMethod")
    parser.add_option("-c", "--copy", dest="copy_method", help="one of " + ", ".join(methods))
    opts, args = parser.parse_args()
    sys.exit(main_cli(opts, args))


def main_cli(opts, args):
    if not MBED_LMTOOLS:
        gt_log_err("mbed-ls is not installed")
        return -1
    if not MBED_HOST_TESTS:
        gt_log_err("mbed-host-tests is not installed")
    gt_log("looking for boards")
    return len(mbed_lstools.create().list_mbeds_ext())
