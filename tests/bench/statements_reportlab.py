#!/usr/bin/env python3
"""ReportLab reference for bench_statements: renders the same statement layout as
views/paper/statementrenderer.cpp (Letter, DejaVu Sans embedded, events table with page breaks,
payouts, year to date, "Page n of m") for the statements in a JSON file, on N processes.

usage: statements_reportlab.py DATA.json OUTDIR PROCESSES
prints: reportlab: <count> statements in <seconds> s
"""
import json
import os
import sys
import time
from multiprocessing import Pool

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
LEFT, RIGHT, TOP, BOTTOM, ROW = 40, 572, 40, 752, 14
EDGES = [300, 356, 404, 452, 514, RIGHT]
FIRST_ROWS, NEXT_ROWS = 24, 40


def money(cents, fr):
    neg = cents < 0
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    g = f"{whole:,}"
    if fr:
        s = g.replace(",", "\u00a0") + "," + f"{frac:02d}" + "\u00a0$"
    else:
        s = "$" + g + "." + f"{frac:02d}"
    return ("-" + s) if neg else s


def page_count(st):
    n, tail = len(st["events"]), 16 + len(st["payouts"])
    pages, left, cap = 1, n, FIRST_ROWS
    while left > cap:
        left -= cap
        cap = NEXT_ROWS
        pages += 1
    if left + tail > (FIRST_ROWS + 18 if pages == 1 else NEXT_ROWS + 8):
        pages += 1
    return pages


def render(args):
    st, path = args
    fr = st["language"] == "fr"
    T = st["strings_fr"] if fr else st["strings_en"]
    c = canvas.Canvas(path, pagesize=letter)
    H = letter[1]
    pages = page_count(st)
    page = [1]

    def text(x, y, s, size=8, bold=False, right=False):
        c.setFont("DejaVuSans-Bold" if bold else "DejaVuSans", size)
        (c.drawRightString if right else c.drawString)(x, H - y - size, s)

    def footer():
        text(LEFT, BOTTOM + 8, "The Auto Doctor Inc. · GST/HST 794512368 RT0001 · " + st["payee"], 7)
        text(RIGHT, BOTTOM + 8, T["page"].replace("%1", str(page[0])).replace("%2", str(pages)), 7, right=True)

    def header_row(y):
        c.setFillColorRGB(230 / 255, 236 / 255, 242 / 255)
        c.rect(LEFT, H - y - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text(LEFT + 2, y + 3, T["date"], 7.5, True)
        text(LEFT + 62, y + 3, T["event"], 7.5, True)
        for k, e in zip(["gross", "fee_short", "tax", "share", "charges_short", "net"], EDGES):
            text(e - 2, y + 3, T[k], 7.5, True, right=True)
        return y + ROW

    def new_page():
        footer()
        c.showPage()
        page[0] += 1
        text(LEFT, TOP, st["payee"] + " — " + T["title"] + " — " + st["month"], 9, True)
        return TOP + 22

    text(LEFT, TOP, "The Auto Doctor Inc.", 16, True)
    text(LEFT, TOP + 22, "100 King St W, Suite 5700, Toronto ON M5X 1C9")
    text(LEFT, TOP + 33, "GST/HST 794512368 RT0001 · payouts@theautodoctor.ca")
    text(RIGHT, TOP, T["title"], 14, True, right=True)
    text(RIGHT, TOP + 22, T["period"] + " " + st["month"], 10, right=True)
    y = TOP + 64
    text(LEFT, y, T["payee"], 8, True)
    text(LEFT, y + 12, st["payee"], 10, True)
    text(LEFT, y + 27, st["address"], 9)
    c.rect(340, H - y - 62, RIGHT - 340, 62)
    for i, (k, v) in enumerate(zip(["opening", "earnings", "payouts", "closing"], st["summary"])):
        text(346, y + 4 + i * 14 + 3, T[k], 8.5, i == 3)
        text(RIGHT - 6, y + 4 + i * 14 + 3, money(v, fr), 8.5, i == 3, right=True)
    y += 80
    text(LEFT, y, T["events"], 10, True)
    y = header_row(y + 16)
    on_page, cap = 0, FIRST_ROWS
    for i, e in enumerate(st["events"]):
        if on_page == cap:
            y = new_page()
            text(LEFT, y, T["continued"], 10, True)
            y = header_row(y + 16)
            on_page, cap = 0, NEXT_ROWS
        if i % 2:
            c.setFillColorRGB(246 / 255, 248 / 255, 250 / 255)
            c.rect(LEFT, H - y - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        text(LEFT + 2, y + 3, e["date"], 7.5)
        text(LEFT + 62, y + 3, T[e["type"]] + " #" + str(e["id"]), 7.5)
        for v, edge in zip(e["cells"], EDGES):
            text(edge - 2, y + 3, money(v, fr) if v else "", 7.5, right=True)
        y += ROW
        on_page += 1
    if page[0] < pages and y + (16 + len(st["payouts"])) * ROW > BOTTOM - 10:
        y = new_page()
    c.line(LEFT, H - y, RIGHT, H - y)
    text(LEFT + 2, y + 3, T["total"], 7.5, True)
    for v, edge in zip(st["totals"], EDGES):
        text(edge - 2, y + 3, money(v, fr), 7.5, True, right=True)
    y += ROW + 14
    text(LEFT, y, T["payouts"], 10, True)
    y += 16
    for p in st["payouts"]:
        text(LEFT + 2, y + 3, p["date"])
        text(LEFT + 72, y + 3, p["reference"])
        text(LEFT + 245, y + 3, T[p["status"]])
        text(RIGHT, y + 3, money(p["amount"], fr), right=True)
        y += ROW
    y += 14
    text(LEFT, y, T["ytd"], 10, True)
    y += 16
    for i, (k, v) in enumerate(zip(["gross", "fee", "tax", "share", "charges", "net", "paid"], st["ytd"])):
        x = LEFT + (i % 2) * 270
        text(x + 2, y + (i // 2) * ROW + 3, T[k])
        text(x + 252, y + (i // 2) * ROW + 3, money(v, fr), right=True)
    y += 4 * ROW + 10
    c.setFont("DejaVuSans", 7)
    c.drawString(LEFT, H - y - 7, T["note"][:150])
    while page[0] < pages:
        new_page()
    footer()
    c.save()
    return 1


def init():
    pdfmetrics.registerFont(TTFont("DejaVuSans", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))


def main():
    data, out, procs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(data, encoding="utf-8") as f:
        statements = json.load(f)
    os.makedirs(out, exist_ok=True)
    jobs = [(s, os.path.join(out, f"rl_{i}.pdf")) for i, s in enumerate(statements)]
    start = time.perf_counter()
    with Pool(procs, initializer=init) as pool:
        done = sum(pool.imap_unordered(render, jobs, chunksize=8))
    elapsed = time.perf_counter() - start
    print(f"reportlab: {done} statements in {elapsed:.3f} s", flush=True)


if __name__ == "__main__":
    main()
