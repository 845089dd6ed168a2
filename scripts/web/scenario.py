"""The web pages in a real browser: a reader searches, narrows by a facet, reads a notice, follows a problem
to its measures, puts two measures into a plan and downloads it as Word; and a notice full of markup shows
as text. Usage: scenario.py XUNCHA_BINARY. Exits non-zero on the first failure."""
import os
import re
import sys
import tempfile
import time
import urllib.parse
import zipfile

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from served import ROOT, Server, chromium

HOSTILE = os.path.join(ROOT, "Tests", "WebPagesTests", "Fixtures", "hostile-notice.txt")


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok  " + what)


def wait_for(driver, css):
    return WebDriverWait(driver, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def target(driver):
    return driver.execute_script("var t = document.querySelector(':target'); return t ? t.className : null;")


def search_and_facet(driver, url):
    driver.get(url + "/")
    box = wait_for(driver, ".searchbox input[name=q]")
    box.send_keys("三重一大 集体决策", Keys.ENTER)
    wait_for(driver, "ol.hits li.hit")
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.hits li.hit")
    check(len(hits) > 0, "typing a query lists hits (%d)" % len(hits))
    check(len(driver.find_elements(By.CSS_SELECTOR, "ol.hits mark")) > 0, "hits have their matches marked")
    before = driver.find_element(By.CSS_SELECTOR, "p.count").text
    facet = driver.find_element(By.CSS_SELECTOR, "aside.facets a[data-facet=agency]")
    agency = facet.find_element(By.CSS_SELECTOR, ".label").text
    count = int(facet.find_element(By.CSS_SELECTOR, ".count").text)
    facet.click()
    wait_for(driver, ".applied-filters .chip")
    check("agency=" in driver.current_url, "clicking a facet filters by it")
    check(agency in driver.find_element(By.CSS_SELECTOR, ".applied-filters").text, "the applied facet is shown: " + agency)
    after = driver.find_element(By.CSS_SELECTOR, "p.count").text
    check(after == "共 %d 条" % count, "the hits are as many as the facet counted (%s → %s)" % (before, after))
    agencies = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "ol.hits .notice-link")}
    check(all(agency in a for a in agencies), "every hit is of the chosen agency")
    driver.find_element(By.CSS_SELECTOR, ".applied-filters .chip").click()
    WebDriverWait(driver, 10).until(lambda d: "agency=" not in d.current_url)
    check(not driver.find_elements(By.CSS_SELECTOR, ".applied-filters .chip"), "the applied facet can be removed")


def notice_problem_to_measures(driver, url):
    driver.get(url + "/search?q=" + "%E8%AE%AE%E4%BA%8B%E5%86%B3%E7%AD%96&role=problem")
    wait_for(driver, "ol.hits li.hit")
    driver.find_element(By.LINK_TEXT, "在通报中查看").click()
    wait_for(driver, "article.notice")
    check("#p-" in driver.current_url and "/notices/" in driver.current_url, "a hit opens its notice at the paragraph")
    check("role-problem" in (target(driver) or ""), "the paragraph's own address marks it in the notice")
    check(driver.find_elements(By.CSS_SELECTOR, ".meta-card dl dd"), "the notice has its metadata card")
    link = driver.find_element(By.CSS_SELECTOR, ".para.role-problem .para-links a[href^='#p-']")
    link.click()
    WebDriverWait(driver, 10).until(lambda d: "role-measure" in (target(d) or ""))
    check(True, "a problem links to its measures")
    back = driver.find_element(By.CSS_SELECTOR, ".para:target .para-links a[href^='#p-']")
    back.click()
    WebDriverWait(driver, 10).until(lambda d: "role-problem" in (target(d) or ""))
    check(True, "a measure links back to its problem")


def plan_with_two_measures(driver, url, downloads):
    driver.get(url + "/measures")
    box = wait_for(driver, ".searchbox input[name=q]")
    box.send_keys("领导班子研究问题时一把手先定调", Keys.ENTER)
    wait_for(driver, "article.card")
    cards = driver.find_elements(By.CSS_SELECTOR, "article.card")
    check(len(cards) >= 2, "the measures page shows precedents side by side (%d cards)" % len(cards))
    chosen = []
    for number in range(2):
        measure = driver.find_elements(By.CSS_SELECTOR, "article.card .measures > ol > li")[number]
        chosen.append(measure.find_element(By.CSS_SELECTOR, "p, ol.items li").text)
        measure.find_element(By.CSS_SELECTOR, "form.add-to-plan button").click()
        wait_for(driver, "article.card")
    # The page the buttons were on shows the two measures as already in the plan, the others still addable.
    driver.get(url + "/measures?q=" + urllib.parse.quote("领导班子研究问题时一把手先定调"))
    wait_for(driver, "article.card")
    measures = driver.find_elements(By.CSS_SELECTOR, "article.card .measures > ol > li")
    for number, measure in enumerate(measures[:3]):
        marked = measure.find_elements(By.CSS_SELECTOR, "a.in-plan")
        buttons = measure.find_elements(By.CSS_SELECTOR, "form.add-to-plan button")
        if number < 2:
            check(len(marked) == 1 and not buttons and "已在整改方案中" in marked[0].text,
                  "measure %d shows that it is in the plan" % (number + 1))
        else:
            check(not marked and len(buttons) == 1, "a measure not chosen can still be added")
    driver.get(url + "/plan")
    wait_for(driver, "ol.plan")
    text = driver.find_element(By.CSS_SELECTOR, "ol.plan").text
    check(all(c[:20] in text for c in chosen), "the plan holds the two measures")
    driver.find_element(By.CSS_SELECTOR, "a[href='/plan/download?format=docx']").click()
    deadline = time.time() + 30
    files = []
    while time.time() < deadline:
        files = [f for f in os.listdir(downloads) if f.endswith(".docx")]
        if files and not any(f.endswith(".crdownload") for f in os.listdir(downloads)):
            break
        time.sleep(0.2)
    check(len(files) == 1, "the plan downloads as a Word file")
    with zipfile.ZipFile(os.path.join(downloads, files[0])) as docx:
        body = re.sub(r"<[^>]+>", "", docx.read("word/document.xml").decode("utf-8"))
    body = body.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
    for measure in chosen:
        check(measure[:20] in body, "the Word file holds the measure " + measure[:20])


def hostile_text_is_inert(driver, url):
    pages = [url + "/search?q=%22onerror%22", url + "/search?q=%E5%85%AC%E5%8A%A1%E7%94%A8%E8%BD%A6",
             url + "/measures?q=%E5%85%AC%E5%8A%A1%E7%94%A8%E8%BD%A6%E7%AE%A1%E7%90%86%E4%B8%8D%E8%A7%84%E8%8C%83",
             url + "/notices"]
    driver.get(pages[0])
    wait_for(driver, "ol.hits li.hit")
    driver.find_element(By.LINK_TEXT, "在通报中查看").click()
    wait_for(driver, "article.notice")
    pages.append(driver.current_url)
    for page in pages:
        driver.get(page)
        wait_for(driver, "main")
        try:
            alert = driver.switch_to.alert
            raise AssertionError("an alert opened on " + page + ": " + alert.text)
        except NoAlertPresentException:
            pass
        created = driver.execute_script(
            "return document.querySelectorAll('main script, main img, main svg, main iframe, main textarea, "
            "[onerror], [onload], [onmouseover], [onfocus]').length")
        check(created == 0, "no element made of corpus text on " + page.replace(url, ""))
        check(driver.title != "pwned" and driver.execute_script("return document.body.dataset.pwned") is None,
              "no script of the corpus ran on " + page.replace(url, ""))
    check("<img src=x onerror=" in driver.find_element(By.CSS_SELECTOR, "main").text,
          "the markup in the notice shows as text")


def main():
    binary = sys.argv[1]
    downloads = tempfile.mkdtemp(prefix="xuncha-downloads-")
    server = Server(binary, extra=[HOSTILE])
    driver = None
    try:
        driver = chromium(downloads=downloads)
        search_and_facet(driver, server.url)
        notice_problem_to_measures(driver, server.url)
        plan_with_two_measures(driver, server.url, downloads)
        hostile_text_is_inert(driver, server.url)
    finally:
        if driver:
            driver.quit()
        server.close()
    print("browser scenario passed")


if __name__ == "__main__":
    main()
