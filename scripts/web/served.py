"""A real `xuncha serve` over a copy of the sample corpus (plus extra files), on a free loopback port, and a
headless Chromium driven by Selenium. Shared by the browser tests and the screenshots."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """Indexes the sample corpus and `extra` files into a temporary folder and serves it until closed."""

    def __init__(self, binary, extra=(), timeout=120):
        self.folder = tempfile.mkdtemp(prefix="xuncha-web-")
        corpus = os.path.join(self.folder, "corpus")
        shutil.copytree(os.path.join(ROOT, "corpus"), corpus)
        for path in extra:
            shutil.copy(path, corpus)
        index = os.path.join(self.folder, "index")
        subprocess.run([binary, "index", "--corpus", corpus, "--index", index, "--no-progress"],
                       check=True, stdout=subprocess.DEVNULL, timeout=timeout)
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.log = open(os.path.join(self.folder, "serve.log"), "w")
        self.process = subprocess.Popen([binary, "serve", "--index", index, "--host", "127.0.0.1", "--port", str(self.port)],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while True:
            try:
                urllib.request.urlopen(self.url + "/status", timeout=2).read()
                break
            except Exception:
                if self.process.poll() is not None or time.time() > deadline:
                    self.close()
                    raise RuntimeError("xuncha serve did not start: " + open(self.log.name).read()[-2000:])
                time.sleep(0.2)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def chromium(width=1280, height=800, downloads=None):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--lang=zh-CN", "--window-size=%d,%d" % (width, height)):
        options.add_argument(argument)
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    # The window's size includes its frame; the page is given exactly this viewport, as a phone's when narrow.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    if downloads:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver
