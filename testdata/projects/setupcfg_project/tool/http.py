import requests

fetch = requests.get
