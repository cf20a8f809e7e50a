"""The course's JupyterHub configuration (JupyterHub 3, Debian's packages).

`./course hub` writes the teacher's choices to a settings file (JSON, root-only) and starts
`jupyterhub -f` this file with BP_HUB_SETTINGS naming it. Everything a teacher may change is a
setting there; this file only turns the settings into JupyterHub's traits:

- the public address (ip, port, optional TLS) and the hub's and proxy's internal ports on
  127.0.0.1;
- who logs in: the class group through PAM, or one shared class password (see auth.py);
- every student's server: their own Unix account (LocalProcessSpawner), rooted at
  ~/bp-course/workspace, seeing the class's `java` kernel (capped heap) through JUPYTER_PATH,
  idle kernels culled;
- the proxy: Debian's configurable-http-proxy, with NODE_PATH set so that a Node.js from
  outside Debian finds Debian's modules (else: "Cannot find module 'commander'").

To grow past one machine only the spawner part changes (see the README, classroom section).
"""

import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # tools/, for hub.auth

from hub.auth import ClassPAMAuthenticator, SharedPasswordAuthenticator  # noqa: E402

c = get_config()  # noqa: F821  (JupyterHub provides it)
settings = json.loads(Path(os.environ["BP_HUB_SETTINGS"]).read_text(encoding="utf-8"))
private = Path(settings["private_dir"])

# -- where the hub listens, and its own files --------------------------------------------------
scheme = "https" if settings.get("ssl_cert") else "http"
c.JupyterHub.bind_url = f"{scheme}://{settings['ip']}:{settings['port']}"
if settings.get("ssl_cert"):
    c.JupyterHub.ssl_cert = settings["ssl_cert"]
    c.JupyterHub.ssl_key = settings["ssl_key"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = settings["hub_port"]
c.JupyterHub.db_url = f"sqlite:///{private / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(private / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(private / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True      # stopping the hub stops every student's server
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.active_server_limit = settings.get("max_servers", 0)

# -- the proxy ---------------------------------------------------------------------------------
node_path = [p for p in (os.environ.get("NODE_PATH", ""), "/usr/share/nodejs") if p]
os.environ["NODE_PATH"] = os.pathsep.join(node_path)
c.ConfigurableHTTPProxy.command = [shutil.which("configurable-http-proxy")
                                   or "configurable-http-proxy"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings['proxy_api_port']}"
c.ConfigurableHTTPProxy.pid_file = str(private / "proxy.pid")

# -- who may log in ----------------------------------------------------------------------------
if settings["auth"] == "shared":
    c.JupyterHub.authenticator_class = SharedPasswordAuthenticator
    c.SharedPasswordAuthenticator.password_file = str(private / "shared-password")
else:
    c.JupyterHub.authenticator_class = ClassPAMAuthenticator
    c.PAMAuthenticator.open_sessions = False    # login only: no PAM session per server
c.ClassMembersOnly.class_group = settings["group"]
c.Authenticator.admin_users = set(settings.get("admins", []))

# -- each student's server ---------------------------------------------------------------------
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.cmd = [shutil.which("jupyterhub-singleuser") or "jupyterhub-singleuser"]
c.Spawner.notebook_dir = "~/bp-course/workspace"
c.Spawner.default_url = "/tree"
c.Spawner.environment = {
    "JUPYTER_PATH": settings["kernel_path"],          # the class's `java` kernel, heap capped
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}
c.Spawner.args = [f"--MappingKernelManager.cull_idle_timeout={settings['cull_idle_seconds']}",
                  "--MappingKernelManager.cull_interval=120"]
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60
