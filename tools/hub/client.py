"""A student at the classroom server, the way a browser is one: log in, start the server, open
a notebook's session, run code in its kernel. Used by the tests and the capacity measurement.

The kernel is started through POST /api/sessions with the notebook's path, as the browser
does, so it runs in the notebook's folder (a kernel from POST /api/kernels would run in the
home folder, where ../lib/target/bp-course.jar does not resolve).
"""

import asyncio
import json
import time
import uuid
from urllib.parse import urlparse

import requests
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect


class HubClientError(AssertionError):
    """The server did not do what a student's browser expects."""


class Student:
    def __init__(self, base_url, name, password):
        self.base = base_url.rstrip("/")
        self.name = name
        self.password = password
        self.http = requests.Session()

    def user_url(self, path=""):
        return f"{self.base}/user/{self.name}/{path.lstrip('/')}"

    def log_in(self):
        """Logs in with the login form; raises when the hub refuses."""
        reply = self.http.post(f"{self.base}/hub/login?next=",
                               data={"username": self.name, "password": self.password},
                               allow_redirects=False, timeout=60)
        if reply.status_code != 302 or "jupyterhub-session-id" not in self.http.cookies:
            raise HubClientError(f"{self.name}: login refused (HTTP {reply.status_code})")

    def start_server(self, timeout=180):
        """Asks for the student's server and waits until its API answers; returns seconds."""
        started = time.monotonic()
        self.http.get(f"{self.base}/hub/spawn", timeout=timeout)
        while time.monotonic() - started < timeout:
            # The page, as a browser opens it: the hub's OAuth sets the server's cookie, and
            # the page the _xsrf cookie; until the server is up the hub answers instead.
            reply = self.http.get(self.user_url("tree"), timeout=60)
            if reply.ok and reply.url.startswith(self.user_url("tree")):
                return time.monotonic() - started
            time.sleep(0.5)
        raise HubClientError(f"{self.name}: server not up within {timeout} s")

    def api(self, method, path, **kwargs):
        headers = {"X-XSRFToken": self.http.cookies.get("_xsrf", "")}
        reply = self.http.request(method, self.user_url(f"api/{path}"), headers=headers,
                                  timeout=120, **kwargs)
        if not reply.ok:
            raise HubClientError(f"{self.name}: {method} api/{path}: HTTP {reply.status_code} "
                                 f"{reply.text[:300]}")
        return reply.json() if reply.content else None

    def open_session(self, notebook):
        """Starts the notebook's `java` kernel as the browser does; returns the kernel id."""
        session = self.api("POST", "sessions", json={
            "path": notebook, "name": notebook, "type": "notebook", "kernel": {"name": "java"}})
        return session["kernel"]["id"]

    def read_notebook(self, notebook):
        return self.api("GET", f"contents/{notebook}")["content"]

    def save_notebook(self, notebook, content):
        self.api("PUT", f"contents/{notebook}", json={"type": "notebook", "content": content})

    def kernel(self, kernel_id):
        """A connection to run code in the kernel (use as `async with`)."""
        url = urlparse(self.user_url(f"api/kernels/{kernel_id}/channels"))
        ws_url = url._replace(scheme="wss" if url.scheme == "https" else "ws").geturl()
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)
        return KernelChannel(f"{ws_url}?session_id={uuid.uuid4().hex}", cookies)


class KernelChannel:
    """Runs code over the kernel's websocket and gathers what it printed."""

    def __init__(self, url, cookies):
        self.url, self.cookies, self.socket = url, cookies, None

    async def __aenter__(self):
        request = HTTPRequest(self.url, headers={"Cookie": self.cookies}, request_timeout=60)
        self.socket = await websocket_connect(request)
        return self

    async def __aexit__(self, *exc):
        self.socket.close()

    async def run(self, code, timeout=300):
        """(status, text printed, error text) of one execute_request."""
        msg_id = uuid.uuid4().hex
        await self.socket.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": "", "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        printed, error, status, idle = [], "", None, False
        deadline = time.monotonic() + timeout
        while status is None or not idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HubClientError(f"no reply within {timeout} s to: {code[:80]}")
            message = json.loads(await asyncio.wait_for(self.socket.read_message(), left))
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                error = f"{content['ename']}: {content['evalue']}"
            elif kind == "execute_reply":
                status = content["status"]
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
        return status, "".join(printed), error
