# The bench's pandas peer: what an analyst would write instead of running kano on a wide survey
# export (one functional and one dysfunctional column per feature, answers as text or as codes 1-5).
# Reads the file with pandas' C parser, maps answers to the evaluation table with vectorised
# lookups, counts categories per feature and prints feature,A,O,M,I,R,Q,better,worse as CSV.
# Its figures are checked against kano's by test/bench/scale.mjs, so both do the same work.
#   python3 test/bench/pandas-peer.py survey.csv
import sys

import numpy as np
import pandas as pd

ANSWERS = {
    "I like it": 0, "I expect it": 1, "I am neutral": 2, "I can tolerate it": 3, "I dislike it": 4,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4,
}
CATEGORIES = ["A", "O", "M", "I", "R", "Q"]
# Berger et al. (1993): rows functional, columns dysfunctional, like -> dislike; as category indexes.
TABLE = np.array([
    [5, 0, 0, 0, 1],
    [4, 3, 3, 3, 2],
    [4, 3, 3, 3, 2],
    [4, 3, 3, 3, 2],
    [4, 4, 4, 4, 5],
]).ravel()

survey = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
rows = []
for functional in [c for c in survey.columns if c.endswith("(functional)")]:
    feature = functional[: -len(" (functional)")]
    f = survey[functional].map(ANSWERS)
    d = survey[f"{feature} (dysfunctional)"].map(ANSWERS)
    answered = f.notna() & d.notna()
    cells = (f[answered] * 5 + d[answered]).to_numpy(dtype=np.int64)
    counts = np.bincount(TABLE[cells], minlength=6)
    a, o, m, i = (int(x) for x in counts[:4])
    rows.append([feature, *(int(x) for x in counts), (a + o) / (a + o + m + i), -(o + m) / (a + o + m + i)])

print(pd.DataFrame(rows, columns=["feature", *CATEGORIES, "better", "worse"]).to_csv(index=False), end="")
