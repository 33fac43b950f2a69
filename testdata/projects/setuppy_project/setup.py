from setuptools import setup

REQUIRES = ["attrs>=22", "python-dateutil"]

setup(name="stamps", install_requires=REQUIRES, extras_require={"tz": ["pytz"]})
