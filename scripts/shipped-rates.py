#!/usr/bin/env python3
"""Writes catalogue/exchange_rates.yaml, the exchange rates shipped with crosscheck.

    scripts/shipped-rates.py > catalogue/exchange_rates.yaml

The tables below are the yearly lowest and highest ECB euro foreign-exchange reference rates
(data.ecb.europa.eu, series EXR.D.<CUR>.EUR.SP00.A, units of <CUR> per euro), transcribed by
hand; they were not downloaded. Each written interval is the transcribed one widened on each side
(WIDEN) and rounded outward to three significant digits, so that a contradiction found with it
holds for any rate of the year. Re-check a year against the published series when a year is
added or changed, then run this script again.
"""
import math

WIDEN = 0.03  # each side, for a complete year
PROVISIONAL_WIDEN = 0.10  # each side, for the current year (its series is not complete)
CURRENT_YEAR = 2026

# EUR/USD: ECB daily reference rates, yearly low and high.
USD = {
    2000: (0.8252, 1.0388), 2001: (0.8384, 0.9545), 2002: (0.8578, 1.0487),
    2003: (1.0361, 1.2630), 2004: (1.1802, 1.3633), 2005: (1.1667, 1.3507),
    2006: (1.1826, 1.3331), 2007: (1.2893, 1.4874), 2008: (1.2460, 1.5990),
    2009: (1.2555, 1.5120), 2010: (1.1942, 1.4563), 2011: (1.2889, 1.4882),
    2012: (1.2089, 1.3454), 2013: (1.2768, 1.3814), 2014: (1.2141, 1.3953),
    2015: (1.0552, 1.2043), 2016: (1.0375, 1.1569), 2017: (1.0385, 1.2060),
    2018: (1.1261, 1.2493), 2019: (1.0889, 1.1535), 2020: (1.0682, 1.2281),
    2021: (1.1206, 1.2338), 2022: (0.9616, 1.1464), 2023: (1.0469, 1.1255),
    2024: (1.0350, 1.1196), 2025: (1.0198, 1.1812),
}

# EUR/GBP.
GBP = {
    2000: (0.5689, 0.6550), 2001: (0.5980, 0.6491), 2002: (0.6083, 0.6600),
    2003: (0.6498, 0.7261), 2004: (0.6528, 0.7105), 2005: (0.6664, 0.7101),
    2006: (0.6629, 0.7061), 2007: (0.6538, 0.7364), 2008: (0.7391, 0.9785),
    2009: (0.8368, 0.9510), 2010: (0.8102, 0.9150), 2011: (0.8304, 0.9083),
    2012: (0.7795, 0.8518), 2013: (0.8083, 0.8815), 2014: (0.7734, 0.8353),
    2015: (0.6998, 0.7920), 2016: (0.7336, 0.9037), 2017: (0.8353, 0.9305),
    2018: (0.8638, 0.9052), 2019: (0.8300, 0.9324), 2020: (0.8282, 0.9424),
    2021: (0.8395, 0.9096), 2022: (0.8287, 0.9185), 2023: (0.8504, 0.8990),
    2024: (0.8250, 0.8618), 2025: (0.8222, 0.8830),
}

# EUR/CHF.
CHF = {
    2000: (1.4990, 1.6100), 2001: (1.4310, 1.5340), 2002: (1.4440, 1.4800),
    2003: (1.4540, 1.5780), 2004: (1.5100, 1.5840), 2005: (1.5320, 1.5660),
    2006: (1.5420, 1.6070), 2007: (1.5930, 1.6800), 2008: (1.4700, 1.6700),
    2009: (1.4700, 1.5300), 2010: (1.2500, 1.4900), 2011: (1.0070, 1.3200),
    2012: (1.2000, 1.2250), 2013: (1.2000, 1.2600), 2014: (1.2000, 1.2400),
    2015: (0.9800, 1.2100), 2016: (1.0710, 1.1100), 2017: (1.0640, 1.1700),
    2018: (1.1100, 1.2000), 2019: (1.0800, 1.1500), 2020: (1.0500, 1.1000),
    2021: (1.0300, 1.1100), 2022: (0.9400, 1.0500), 2023: (0.9280, 1.0050),
    2024: (0.9200, 0.9900), 2025: (0.9150, 0.9500),
}

# EUR/JPY as transcribed; the written interval is also made to hold the EUR/USD interval times
# the USD/JPY one (below), a bound every day's cross rate obeys.
JPY = {
    2000: (89.3, 111.0), 2001: (100.0, 118.0), 2002: (112.0, 125.0), 2003: (124.0, 141.0),
    2004: (127.0, 141.0), 2005: (130.0, 146.0), 2006: (138.0, 158.0), 2007: (151.0, 169.0),
    2008: (113.0, 170.0), 2009: (113.0, 139.0), 2010: (106.0, 135.0), 2011: (100.0, 123.0),
    2012: (95.0, 114.0), 2013: (119.0, 145.0), 2014: (134.0, 149.0), 2015: (126.0, 145.0),
    2016: (110.0, 133.0), 2017: (115.0, 136.0), 2018: (124.0, 137.0), 2019: (116.0, 127.0),
    2020: (115.0, 128.0), 2021: (125.0, 134.0), 2022: (129.0, 149.0), 2023: (138.0, 164.0),
    2024: (155.0, 175.5), 2025: (155.0, 180.0),
}

# USD/JPY and USD/CNY yearly ranges, for the crossed bounds. The ECB publishes EUR/CNY from
# April 2005 only; before, the renminbi was pegged to the dollar (8.2765 to 8.2800), so EUR/CNY
# is written as EUR/USD times USD/CNY for every year, which holds the ECB series where it exists.
USD_JPY = {
    2000: (101.5, 115.0), 2001: (113.0, 132.0), 2002: (115.5, 135.0), 2003: (106.5, 121.9),
    2004: (101.8, 114.9), 2005: (102.0, 121.4), 2006: (108.9, 119.8), 2007: (107.3, 124.1),
    2008: (87.2, 112.0), 2009: (86.8, 100.7), 2010: (80.4, 93.9), 2011: (75.8, 85.5),
    2012: (76.1, 86.8), 2013: (87.0, 105.0), 2014: (100.8, 121.3), 2015: (116.3, 125.9),
    2016: (99.9, 121.7), 2017: (107.9, 118.5), 2018: (104.6, 114.5), 2019: (104.5, 112.4),
    2020: (102.3, 112.2), 2021: (102.6, 115.5), 2022: (113.5, 151.9), 2023: (127.4, 151.7),
    2024: (140.6, 161.9), 2025: (139.9, 158.0),
}
USD_CNY = {year: (8.2765, 8.2800) for year in range(2000, 2005)}
USD_CNY.update({
    2005: (8.0702, 8.2765), 2006: (7.8087, 8.0702), 2007: (7.2946, 7.8135),
    2008: (6.8225, 7.2996), 2009: (6.8100, 6.8400), 2010: (6.6000, 6.8300),
    2011: (6.3000, 6.6300), 2012: (6.2300, 6.3600), 2013: (6.0500, 6.3000),
    2014: (6.0400, 6.2600), 2015: (6.1100, 6.5000), 2016: (6.4500, 6.9600),
    2017: (6.2800, 6.9600), 2018: (6.2400, 6.9800), 2019: (6.6800, 7.1800),
    2020: (6.5000, 7.1800), 2021: (6.3400, 6.5800), 2022: (6.3000, 7.3000),
    2023: (6.7000, 7.3500), 2024: (7.0000, 7.3000), 2025: (7.0000, 7.3500),
})


def crossed(usd_x):
    return {y: (USD[y][0] * lo, USD[y][1] * hi) for y, (lo, hi) in usd_x.items()}


def hull(a, b):
    return {y: (min(a[y][0], b[y][0]), max(a[y][1], b[y][1])) for y in a}


def round_out(x, up):
    """Rounds x outward (down for a low, up for a high) to three significant digits."""
    step = 10 ** (math.floor(math.log10(x)) - 2)
    n = x / step
    n = math.ceil(n - 1e-9) if up else math.floor(n + 1e-9)
    return f"{n * step:.{max(0, -int(math.log10(step)))}f}"


SERIES = {
    "USD": (USD, "ECB EXR.D.USD.EUR.SP00.A"),
    "GBP": (GBP, "ECB EXR.D.GBP.EUR.SP00.A"),
    "CNY": (crossed(USD_CNY), "ECB EXR.D.USD.EUR.SP00.A times USD/CNY"),
    "JPY": (hull(JPY, crossed(USD_JPY)), "ECB EXR.D.JPY.EUR.SP00.A and EUR/USD times USD/JPY"),
    "CHF": (CHF, "ECB EXR.D.CHF.EUR.SP00.A"),
}

HEADER = """\
# Exchange rates shipped with crosscheck: what a corpus with no rate of its own converts money
# with (docs/semantics.md, "Money"). Written by scripts/shipped-rates.py: edit its tables, not
# this file.
#
# Source: ECB euro foreign-exchange reference rates (data.ecb.europa.eu, daily series
# EXR.D.<CUR>.EUR.SP00.A: units of <CUR> per euro). Each interval is the lowest and highest
# daily reference rate of the year, transcribed by hand (not downloaded), then made deliberately
# conservative: widened by 3% on each side and rounded outward to three significant digits, so
# that a contradiction found with it holds for any rate of that year. CNY is the EUR/USD
# interval times the USD/CNY range of the year (the ECB publishes CNY from April 2005; the
# renminbi was pegged to the dollar before), JPY also holds EUR/USD times USD/JPY: both bound
# every day's cross rate. Re-check against the published series when a year is added.
#
# The current year (2026) is provisional: its series is not complete when this file is written,
# so its interval is the union of the two previous years widened by 10% on each side, and its
# source says "provisional". Replace it with the year's own range once the year is over.
#
# A corpus's own rates (claims/reference.yaml, `exchange_rates:`) come first: these fill only
# the days and pairs it does not cover.
exchange_rates:
"""


def main():
    out = [HEADER]
    for cur, (table, series) in SERIES.items():
        for year in sorted(table):
            lo, hi = table[year]
            out.append(
                f'  - {{from: EUR, to: {cur}, period: "{year}", '
                f'low: "{round_out(lo * (1 - WIDEN), False)}", '
                f'high: "{round_out(hi * (1 + WIDEN), True)}", '
                f'source: "{series}, {year}: {lo:.4g} to {hi:.4g}, widened 3%"}}\n')
        prev = [table[CURRENT_YEAR - 2], table[CURRENT_YEAR - 1]]
        lo, hi = min(p[0] for p in prev), max(p[1] for p in prev)
        out.append(
            f'  - {{from: EUR, to: {cur}, period: "{CURRENT_YEAR}", '
            f'low: "{round_out(lo * (1 - PROVISIONAL_WIDEN), False)}", '
            f'high: "{round_out(hi * (1 + PROVISIONAL_WIDEN), True)}", '
            f'source: "provisional: {series}, {CURRENT_YEAR - 2} and {CURRENT_YEAR - 1}: '
            f'{lo:.4g} to {hi:.4g}, widened 10%"}}\n')
    print("".join(out), end="")


if __name__ == "__main__":
    main()
