"""What the admin dashboard computes from the tables: agreement, gold accuracy, progress, human-evaluation
and red-team results (the exports are in `exports`)."""

from collections import defaultdict
from itertools import combinations

import numpy as np
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from alignkit.app.db import Assignment, Attack, Comparison, Evaluation, Item, RedteamSession, Round, User


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two raters over the same items: (p_o - p_e) / (1 - p_e), where p_o is the share of
    items they agree on and p_e = sum_k p_a(k) p_b(k) the agreement expected by chance. NaN when p_e = 1."""
    labels = sorted(set(a) | set(b))
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    p_e = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


def agreement(labels: list[tuple[int, int, str]], min_common: int = 2) -> dict:
    """Agreement on (item, annotator, label) triples of items labelled by two or more annotators:
    Krippendorff's alpha (nominal) over all of them, and Cohen's kappa averaged over the annotator
    pairs that share at least `min_common` items (kappa is NaN for a pair that always chose one label)."""
    import krippendorff

    by_item = defaultdict(dict)
    for item, user, label in labels:
        by_item[item][user] = label
    shared = {i: u for i, u in by_item.items() if len(u) >= 2}
    out = {"shared": len(shared), "alpha": None, "kappa": None, "pairs": 0}
    if not shared:
        return out
    users = sorted({u for votes in shared.values() for u in votes})
    codes = {label: k for k, label in enumerate(sorted({x for votes in shared.values() for x in votes.values()}))}
    matrix = np.full((len(users), len(shared)), np.nan)
    for j, votes in enumerate(shared.values()):
        for u, label in votes.items():
            matrix[users.index(u), j] = codes[label]
    if len(codes) > 1:
        out["alpha"] = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    kappas = []
    for u, v in combinations(users, 2):
        common = [votes for votes in shared.values() if u in votes and v in votes]
        if len(common) >= min_common:
            k = cohen_kappa([c[u] for c in common], [c[v] for c in common])
            if k == k:
                kappas.append(k)
    if kappas:
        out["kappa"], out["pairs"] = float(np.mean(kappas)), len(kappas)
    return out


def round_labels(db: Session, round_id: int, task: str) -> list[tuple[int, int, str]]:
    """(item, annotator, label): the better answer of a comparison, the winner of a battle."""
    table, column = (Comparison, Comparison.choice) if task == "comparison" else (Evaluation, Evaluation.winner)
    rows = db.execute(select(table.item_id, table.user_id, column).join(Item, Item.id == table.item_id)
                      .where(Item.round_id == round_id)).all()
    return [tuple(r) for r in rows]


def progress(db: Session, round_id: int) -> list[dict]:
    """Per annotator: items assigned, done, and (comparison rounds) accuracy on gold items."""
    rows = db.execute(select(User.username, func.count(Assignment.id), func.sum(case((Assignment.done, 1), else_=0)))
                      .join(Assignment, Assignment.user_id == User.id).join(Item, Item.id == Assignment.item_id)
                      .where(Item.round_id == round_id).group_by(User.username).order_by(User.username)).all()
    gold = db.execute(select(User.username, Comparison.choice == Item.gold).join(Item, Item.id == Comparison.item_id)
                      .join(User, User.id == Comparison.user_id)
                      .where(Item.round_id == round_id, Item.gold.is_not(None))).all()
    hits = defaultdict(list)
    for name, right in gold:
        hits[name].append(bool(right))
    return [{"user": name, "assigned": n, "done": int(done or 0),
             "gold": f"{sum(hits[name])}/{len(hits[name])}" if hits[name] else "-"} for name, n, done in rows]


def evaluation_results(db: Session, round_id: int) -> dict | None:
    """Mean Likert score of each variant and the battle record (A wins / ties / B wins)."""
    rows = db.execute(select(Evaluation.likert_a, Evaluation.likert_b, Evaluation.winner)
                      .join(Item, Item.id == Evaluation.item_id).where(Item.round_id == round_id)).all()
    if not rows:
        return None
    return {"ratings": len(rows), "likert_a": float(np.mean([r[0] for r in rows])),
            "likert_b": float(np.mean([r[1] for r in rows])),
            "wins_a": sum(r[2] == "a" for r in rows), "ties": sum(r[2] == "tie" for r in rows),
            "wins_b": sum(r[2] == "b" for r in rows)}


def redteam_results(db: Session, round_id: int) -> list[dict]:
    """Per red-teamer: sessions, attacks, violations found, and time on task (closed sessions only)."""
    out = []
    for user in db.scalars(select(User).join(RedteamSession).where(RedteamSession.round_id == round_id).distinct()):
        sessions = db.scalars(select(RedteamSession).where(RedteamSession.round_id == round_id,
                                                           RedteamSession.user_id == user.id)).all()
        attacks = db.scalars(select(Attack).where(Attack.session_id.in_([s.id for s in sessions]))).all()
        seconds = sum((s.ended_at - s.started_at).total_seconds() for s in sessions if s.ended_at)
        out.append({"user": user.username, "sessions": len(sessions), "attacks": len(attacks),
                    "violations": sum(bool(a.violation) for a in attacks), "minutes": round(seconds / 60, 1)})
    return out


def round_summary(db: Session, rnd: Round) -> dict:
    """Everything the round's dashboard page shows: pool and gold sizes, agreement (comparison and evaluation
    rounds), progress per annotator, human-evaluation results and red-team results."""
    items = db.scalar(select(func.count()).select_from(Item).where(Item.round_id == rnd.id))
    gold = db.scalar(select(func.count()).select_from(Item).where(Item.round_id == rnd.id, Item.gold.is_not(None)))
    agree = agreement(round_labels(db, rnd.id, rnd.task)) if rnd.task in ("comparison", "evaluation") else None
    return {"items": items, "gold": gold, "agreement": agree, "progress": progress(db, rnd.id),
            "results": evaluation_results(db, rnd.id), "redteam": redteam_results(db, rnd.id)}
