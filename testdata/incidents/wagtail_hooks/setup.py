# Reconstruction for flake8-failfast's incident corpus: wagtail, https://github.com/wagtail/wagtail/issues/398, as before 3a1099e3; not the project's code.
import sys

from setuptools import find_packages, setup

install_requires = [
    "Django>=1.6.2,<1.8",
    "South==1.0.0",
    "django-compressor>=1.4",
    "django-libsass>=0.2",
    "django-modelcluster>=0.3",
    "django-taggit==0.12.0",
    "django-treebeard==2.0",
    "Pillow>=2.3.0",
    "beautifulsoup4>=4.3.2",
    "html5lib==0.999",
    "Unidecode>=0.04.14",
    "six==1.7.3",
    "requests==2.3.0",
]
if sys.version_info[0] == 2:
    install_requires += ["unicodecsv>=0.9.4"]

setup(name="wagtail", packages=find_packages(), install_requires=install_requires)
