import httpx


class Client:
    transport = httpx.HTTPTransport
