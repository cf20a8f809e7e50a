"""A learner's browser on the course: Jupyter Notebook 6 served the way `./course start` serves
it, driven by headless Chromium through Selenium.

- `JupyterServer`: `jupyter notebook --no-browser --ip=127.0.0.1 --port=P` (plus `--allow-root`
  as root) with a token, on a folder laid out like the course.
- `Browser`: one Chromium session; opens notebooks, runs cells, reads what the page shows.

Everything the tests read comes from the page itself (the DOM and Notebook 6's `Jupyter`
object), as a learner would see it, never from the notebook file.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
WINDOW = (1280, 1000)          # wide enough for Notebook 6's full 1140 px page


def missing_browser_parts():
    """What the browser tests lack on this machine (empty when all is there)."""
    missing = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("python3-selenium")
    if not Path(CHROMEDRIVER).exists():
        missing.append("chromium-driver (/usr/bin/chromedriver)")
    if not any(Path(p).exists() for p in CHROMIUM_CANDIDATES):
        missing.append("chromium")
    return missing


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterServer:
    """Jupyter Notebook 6 on `root` (a folder), on 127.0.0.1 with a token, as `./course start` runs it."""

    def __init__(self, root, log_path):
        self.root = Path(root)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.log = open(log_path, "w", encoding="utf-8")
        jupyter = shutil.which("jupyter") or "/usr/bin/jupyter"
        command = [jupyter, "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
                   f"--NotebookApp.token={self.token}", f"--notebook-dir={self.root}"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        env = dict(os.environ, PYDEVD_DISABLE_FILE_VALIDATION="1")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, env=env,
                                        cwd=self.root, start_new_session=True)
        self.wait_until_up()

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def url(self, path):
        return f"{self.base}/{path}?token={self.token}"

    def wait_until_up(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"jupyter notebook exited with {self.process.returncode}: see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.base}/api/status?token={self.token}", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"jupyter notebook did not answer within {seconds} s: see {self.log.name}")

    def api(self, path, method="GET"):
        request = urllib.request.Request(f"{self.base}/api/{path}?token={self.token}", method=method)
        with urllib.request.urlopen(request, timeout=10) as r:
            body = r.read()
            return json.loads(body) if body else None

    def shut_down_kernels(self):
        try:
            for session in self.api("sessions"):
                self.api(f"sessions/{session['id']}", method="DELETE")
        except OSError:
            pass

    def stop(self):
        self.shut_down_kernels()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()


# JavaScript run in the page: what each cell shows, measured as the learner sees it.
CELLS_JS = """
const cells = Jupyter.notebook.get_cells();
return cells.map((cell, index) => {
  const el = cell.element[0];
  const info = {index: index, type: cell.cell_type, text: cell.get_text(),
                grade_id: ((cell.metadata.nbgrader || {}).grade_id) || null,
                prompt: cell.cell_type === 'code' ? cell.input_prompt_number : null,
                running: el.classList.contains('running'), outputs: []};
  if (cell.cell_type !== 'code') return info;
  el.querySelectorAll('.output_area').forEach(area => {
    const sub = area.querySelector('.output_subarea');
    if (!sub) return;
    const kind = sub.classList.contains('output_error') ? 'error'
               : sub.classList.contains('output_stderr') ? 'stderr'
               : sub.classList.contains('output_stream') ? 'stream'
               : sub.querySelector('img') ? 'image'
               : sub.querySelector('svg') ? 'svg'
               : sub.querySelector('table') ? 'html_table'
               : sub.classList.contains('output_html') ? 'html'
               : 'text';
    const box = sub.getBoundingClientRect();
    const out = {kind: kind, text: sub.innerText, width: box.width,
                 scrollWidth: sub.scrollWidth, clientWidth: sub.clientWidth, widest: 0,
                 images: [], svgs: [], pre: [], captions: []};
    sub.querySelectorAll('*').forEach(e => {
      const r = e.getBoundingClientRect();
      if (r.width > 0) out.widest = Math.max(out.widest, r.right - box.left);
    });
    sub.querySelectorAll('caption').forEach(c => {
      const words = document.createRange();
      words.selectNodeContents(c);
      const lines = new Set(Array.from(words.getClientRects()).map(r => Math.round(r.top)));
      out.captions.push({text: c.innerText, lines: lines.size});
    });
    sub.querySelectorAll('img').forEach(img => out.images.push(
        {complete: img.complete, naturalWidth: img.naturalWidth, width: img.getBoundingClientRect().width}));
    sub.querySelectorAll('svg').forEach(svg => out.svgs.push(
        {width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height,
         title: (svg.querySelector('title') || {}).textContent || '',
         texts: Array.from(svg.querySelectorAll('text')).map(t => t.textContent)}));
    sub.querySelectorAll('pre').forEach(pre => {
      const style = getComputedStyle(pre);
      const lineHeight = parseFloat(style.lineHeight) || 17;
      out.pre.push({lines: pre.innerText.replace(/\\n+$/, '').split('\\n').length,
                    rendered: Math.round(pre.getBoundingClientRect().height / lineHeight)});
    });
    info.outputs.push(out);
  });
  return info;
});
"""

MATH_JS = """
const out = {queue: true, errors: 0, raw: [], broken: []};
try { out.queue = !!(window.MathJax && MathJax.Hub && MathJax.Hub.queue.pending + MathJax.Hub.queue.running); }
catch (e) { out.queue = false; }
out.errors = document.querySelectorAll('.MathJax_Error, merror, [data-mjx-error]').length;
document.querySelectorAll('.text_cell_render').forEach(el => {
  const t = el.innerText;
  const m = t.match(/\\$[^$\\n]*\\\\[a-zA-Z]+[^$\\n]*\\$|\\\\(frac|partial|sum|eta|cdot)\\b/);
  if (m) out.raw.push(m[0]);
});
document.querySelectorAll('.text_cell_render .MathJax').forEach(el => {
  if (el.closest('.MathJax_Display')) return;
  const lineHeight = parseFloat(getComputedStyle(el.parentElement).lineHeight) || 20;
  if (el.getBoundingClientRect().height > 3.5 * lineHeight) out.broken.push(el.textContent.slice(0, 60));
});
return out;
"""


class Browser:
    """One headless Chromium session on a JupyterServer."""

    def __init__(self, server, screenshots):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        self.server = server
        self.screenshots = Path(screenshots)
        self.screenshots.mkdir(parents=True, exist_ok=True)
        options = webdriver.ChromeOptions()
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         f"--window-size={WINDOW[0]},{WINDOW[1]}", "--lang=zh-CN"):
            options.add_argument(argument)
        binary = next((p for p in CHROMIUM_CANDIDATES if Path(p).exists()), None)
        if binary:
            options.binary_location = binary
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_script_timeout(60)

    def quit(self):
        self.driver.quit()

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition, seconds, what):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(0.25)
        raise AssertionError(f"waited {seconds} s for {what}")

    def open(self, name):
        """Opens notebooks/<name> and waits until its kernel is idle."""
        self.driver.get(self.server.url(f"notebooks/notebooks/{name}"))
        self.wait(lambda: self.js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded)"),
                  60, f"{name} to load")
        self.wait_idle(120, f"the kernel of {name} to start")

    def kernel_idle(self):
        return self.js("""
            const k = Jupyter.notebook.kernel;
            return !!(k && k.is_connected() && !Jupyter.notebook.kernel_busy
                && !document.querySelector('#notebook .cell.running'));""")

    def wait_idle(self, seconds, what):
        self.wait(self.kernel_idle, seconds, what)

    def run_all(self, seconds):
        """Cell → Run All, then waits until no cell is queued or running."""
        self.js("Jupyter.notebook.execute_all_cells();")
        time.sleep(1)
        self.wait_idle(seconds, "Run All to finish")

    def run_cell(self, index, seconds=120):
        """Selects cell `index` and presses Shift+Enter on it, as a learner does; waits for the result."""
        self.select(index)
        self.keys_in_command_mode("SHIFT_ENTER")
        time.sleep(0.3)
        self.wait_idle(seconds, f"cell {index} to run")

    def select(self, index):
        self.js("Jupyter.notebook.select(arguments[0]); Jupyter.notebook.scroll_to_cell(arguments[0], 0);"
                "Jupyter.notebook.command_mode();", index)

    def keys_in_command_mode(self, *keys):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        chain = ActionChains(self.driver)
        for key in keys:
            if key == "SHIFT_ENTER":
                chain.key_down(Keys.SHIFT).send_keys(Keys.ENTER).key_up(Keys.SHIFT)
            else:
                chain.send_keys(getattr(Keys, key, key))
        chain.perform()

    def type_into_cell(self, index, text):
        """Enters cell `index`, selects all of it with the keyboard and types `text` over it."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        self.select(index)
        editor = self.driver.find_elements("css selector", "#notebook .cell")[index].find_element(
            "css selector", ".CodeMirror")
        editor.click()
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
        ActionChains(self.driver).send_keys(text).perform()

    def replace_line(self, index, pattern, text):
        """Clicks at the start of the first line of cell `index` matching `pattern` (a JavaScript
        regular expression), selects to the line's end with Shift+End and types `text` over it."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        found = self.js("""
            const cell = Jupyter.notebook.get_cell(arguments[0]);
            Jupyter.notebook.select(arguments[0]);
            Jupyter.notebook.scroll_to_cell(arguments[0], 0);
            cell.focus_editor();
            const cm = cell.code_mirror, re = new RegExp(arguments[1]);
            for (let n = 0; n < cm.lineCount(); n++) {
              const line = cm.getLine(n);
              if (re.test(line)) { cm.setCursor({line: n, ch: line.search(/\\S/)}); return true; }
            }
            return false;""", index, pattern)
        if not found:
            raise AssertionError(f"cell {index} has no line matching {pattern!r}")
        ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.END).key_up(Keys.SHIFT).perform()
        ActionChains(self.driver).send_keys(text).perform()

    def set_text(self, index, text):
        self.js("Jupyter.notebook.get_cell(arguments[0]).set_text(arguments[1]);", index, text)

    def append_cell(self, text):
        """A new code cell at the bottom holding `text`; returns its index."""
        return self.js("""const cell = Jupyter.notebook.insert_cell_at_bottom('code');
                          cell.set_text(arguments[0]);
                          return Jupyter.notebook.find_cell_index(cell);""", text)

    def image_sources(self, index):
        return self.js("""return Array.from(Jupyter.notebook.get_cell(arguments[0]).element[0]
                              .querySelectorAll('.output_area img')).map(img => img.src);""", index)

    def click_stop(self):
        """The toolbar's stop button (Kernel → Interrupt)."""
        self.driver.find_element("css selector",
                                 "button[data-jupyter-action='jupyter-notebook:interrupt-kernel']").click()

    def cells(self):
        return self.js(CELLS_JS)

    def mathjax(self):
        self.wait(lambda: not self.js(MATH_JS)["queue"], 60, "MathJax to finish typesetting")
        return self.js(MATH_JS)

    def trusted(self):
        return self.js("return Jupyter.notebook.trusted;")

    def output_area_width(self):
        return self.js("const a = document.querySelector('#notebook .output_subarea') || "
                       "document.querySelector('#notebook .inner_cell');"
                       "return a ? a.getBoundingClientRect().width : 0;")

    def screenshot_all(self, stem):
        """Screenshots of the whole notebook, one per screen height, as target/browser/<stem>-NN.png."""
        height = self.js("return document.querySelector('#notebook').scrollHeight;")
        view = self.js("return document.querySelector('#site').clientHeight;")
        paths = []
        top, part = 0, 1
        while top < height and part <= 60:
            self.js("document.querySelector('#site').scrollTop = arguments[0];", top)
            time.sleep(0.2)
            path = self.screenshots / f"{stem}-{part:02d}.png"
            self.driver.save_screenshot(str(path))
            paths.append(path)
            top += view
            part += 1
        return paths

    def screenshot_cell(self, index, stem):
        """A screenshot with cell `index`'s output in view, as target/browser/<stem>.png."""
        self.js("""const el = Jupyter.notebook.get_cell(arguments[0]).element[0];
                   const out = el.querySelector('.output_wrapper') || el;
                   out.scrollIntoView({block: 'start'});""", index)
        time.sleep(0.3)
        path = self.screenshots / f"{stem}.png"
        self.driver.save_screenshot(str(path))
        return path

    def interrupt(self):
        """Kernel → Interrupt (the menu's action)."""
        self.js("Jupyter.notebook.kernel.interrupt();")
