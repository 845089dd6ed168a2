"""Screenshots of the main pages for docs/screenshots/: search with facets, precedents, a notice, the plan,
and the search at phone width. Usage: screenshots.py XUNCHA_BINARY. Needs Pillow to shrink them."""
import io
import os
import sys
import urllib.parse

from PIL import Image
from selenium.webdriver.common.by import By

from served import ROOT, Server, chromium

OUT = os.path.join(ROOT, "docs", "screenshots")


def save(driver, name, width):
    png = driver.get_screenshot_as_png()
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    image = image.quantize(colors=96, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path = os.path.join(OUT, name + ".png")
    image.save(path, optimize=True)
    print("%s %dx%d %d KB" % (path, image.width, image.height, os.path.getsize(path) // 1024))


def address(url, path, **parameters):
    return url + path + ("?" + urllib.parse.urlencode(parameters) if parameters else "")


def main():
    binary = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    server = Server(binary)
    try:
        desktop = chromium(1280, 800)
        desktop.get(address(server.url, "/search", q="三重一大 集体决策"))
        save(desktop, "search", 1280)
        desktop.get(address(server.url, "/measures", q="领导班子研究问题时一把手先定调"))
        for number in range(2):
            measure = desktop.find_elements(By.CSS_SELECTOR, "article.card .measures > ol > li")[number]
            measure.find_element(By.CSS_SELECTOR, "form.add-to-plan button").click()
        desktop.get(address(server.url, "/measures", q="领导班子研究问题时一把手先定调"))
        save(desktop, "measures", 1280)
        desktop.get(address(server.url, "/search", q="议事决策", role="problem"))
        desktop.find_element(By.LINK_TEXT, "在通报中查看").click()
        save(desktop, "notice", 1280)
        desktop.get(server.url + "/plan")
        save(desktop, "plan", 1280)
        desktop.get(server.url + "/notices")
        save(desktop, "notices", 1280)
        desktop.quit()
        phone = chromium(390, 844)
        phone.get(address(server.url, "/search", q="三重一大 集体决策"))
        save(phone, "search-phone", 390)
        phone.quit()
    finally:
        server.close()


if __name__ == "__main__":
    main()
