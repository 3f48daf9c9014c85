#!/usr/bin/python3
# Vendored unchanged (below this line) from the shared material's tools/check-gbt9704.py, so that the
# tests run on a fresh clone without ../shared beside it.
"""Measure a generated PDF against GB/T 9704-2012 with poppler's own tools.

Usage: check-gbt9704.py FILE.pdf [--stamped]
Prints each failed check, then 'gbt9704: P/N checks passed' last; exits 0 when all hold.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

MM = 72 / 25.4
pdf = sys.argv[1]
stamped = '--stamped' in sys.argv
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True).stdout
xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml).replace('xmlns="http://www.w3.org/1999/xhtml"', '')
root = ET.fromstring(xml)
pages = root.findall('.//page')
check('the PDF has pages', pages, str(len(pages)))
if pages:
    w, h = float(pages[0].get('width')), float(pages[0].get('height'))
    check('A4 portrait', abs(w - 210 * MM) < 2 and abs(h - 297 * MM) < 2, f'{w / MM:.1f}x{h / MM:.1f} mm')

body_lines, numbers = [], []
for i, p in enumerate(pages, start=1):
    for ln in p.findall('.//line'):
        words = ln.findall('word')
        text = ''.join((wd.text or '') for wd in words)
        x0, y0, x1, y1 = (float(ln.get(k)) / MM for k in ('xMin', 'yMin', 'xMax', 'yMax'))
        if re.fullmatch(r'[—–-]+\s*\d+\s*[—–-]+', text.strip()) or (y0 > 262 and re.search(r'\d', text) and len(text) < 12):
            numbers.append((i, text, x0, x1, y0))
        elif y0 < 262 and (y1 - y0) < 7.5:  # body text; the 2号 title is taller
            body_lines.append((i, text, x0, y0, x1, y1))

lefts = Counter(round(l[2]) for l in body_lines)
if lefts:
    left = lefts.most_common(1)[0][0]
    check('body left edge at 28 ± 1 mm', abs(left - 28) <= 1, f'{left} mm')
full = [l for l in body_lines if abs(l[4] - 184) <= 1.5]
check('full lines end at the right edge 184 ± 1.5 mm', len(full) >= 3, f'{len(full)} full lines')
if full:
    counts = Counter(len(re.sub(r'\s', '', l[1])) for l in full)
    check('28 characters on a full line', counts.most_common(1)[0][0] == 28, str(dict(counts.most_common(3))))
per_page = Counter(l[0] for l in body_lines)
inner = {k: v for k, v in per_page.items() if k != 1 and k != len(pages)} or {k: v for k, v in per_page.items() if k != 1} or per_page
if inner:
    fullest = max(inner, key=inner.get)
    check('22 lines on a full page (after page 1)', inner[fullest] == 22, str(dict(per_page)))
    top = min(l[3] for l in body_lines if l[0] == fullest)
    check('first line of a full page starts 36–41 mm from the top', 36 <= top <= 41, f'{top:.1f} mm')
    ys = sorted({round(l[3], 1) for l in body_lines if l[0] == fullest})
    if len(ys) > 2:
        pitch = Counter(round(b - a, 1) for a, b in zip(ys, ys[1:])).most_common(1)[0][0]
        check('line pitch 225/22 = 10.2 ± 0.3 mm', abs(pitch - 225 / 22) <= 0.3, f'{pitch} mm')
dash = [n for n in numbers if re.fullmatch(r'—\s*\d+\s*—', n[1].strip())]
check('page numbers as "— N —"', len(dash) >= max(1, len(pages) - 1), f'{len(dash)} of {len(pages)} pages')
odd = [n for n in dash if int(re.search(r'\d+', n[1]).group()) % 2 == 1]
even = [n for n in dash if int(re.search(r'\d+', n[1]).group()) % 2 == 0]
if odd:
    check('odd page numbers at the right, one character in', all(abs(n[3] - (184 - 5.6)) <= 3 for n in odd), str([round(n[3]) for n in odd]))
if even:
    check('even page numbers at the left, one character in', all(abs(n[2] - (28 + 5.6)) <= 3 for n in even), str([round(n[2]) for n in even]))

fonts = subprocess.run(['pdffonts', pdf], capture_output=True, text=True).stdout.splitlines()[2:]
check('every font embedded', fonts and all(' yes ' in f.split('   ', 1)[-1] or re.search(r'\byes\b', f) for f in fonts), f'{len(fonts)} fonts')
if stamped:
    imgs = subprocess.run(['pdfimages', '-list', pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    check('the seal image is on the page', len(imgs) >= 1, f'{len(imgs)} images')

failed = [r for r in results if not r[1]]
for name, _, detail in failed:
    print(f'FAIL {name} ({detail})')
print(f'gbt9704: {len(results) - len(failed)}/{len(results)} checks passed')
sys.exit(1 if failed else 0)
