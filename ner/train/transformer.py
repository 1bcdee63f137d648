#!/usr/bin/env python3
"""Train Veil's transformer token classifier and export it to ONNX.

Input: the folder written by `veil ner export` (vocab.txt, labels.json, train.jsonl.gz,
dev.jsonl.gz). Output folder: model.onnx (fp32), model.int8.onnx (dynamic int8 quantisation),
vocab.txt and config.json (a Hugging Face-style token-classification layout that Veil's onnx
backend and Triton's onnxruntime backend load), plus report.json with the development figures
and, when CUDA is there, batched GPU throughput.

Needs torch, onnx and onnxruntime. Runs on CPU or CUDA; seeded.
    python3 ner/train/transformer.py --data ner/train/data --out ner/model/onnx

With --serve HOST:PORT it then serves the trained model over the KServe v2 tensor protocol
(kserve_server.py, in --serve-procs processes sharing the port), so that `veil ner bench` and
`veil bench dataset --ner remote` can measure Veil against a GPU where Triton is not installed.
With --export FOLDER it serves an existing export (the shipped ner/model/onnx) without training:
    python3 ner/train/transformer.py --export ner/model/onnx --serve 127.0.0.1:8000
On a GPU the server casts the model to bf16, compiles it (torch.compile; --no-compile to skip)
and replays CUDA graphs captured at start for bucketed batch shapes.
"""
import argparse
import contextlib
import gzip
import json
import math
import os
import random
import shutil
import sys
import threading
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

PAD, UNK, CLS, SEP = 0, 1, 2, 3


class Layer(nn.Module):
    """A pre-norm encoder layer written out in plain ops, so that it exports to ONNX as is."""

    fused = False  # F.scaled_dot_product_attention when serving (set by serve's --attention)

    def __init__(self, d, heads, ff, drop):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.ff1 = nn.Linear(d, ff)
        self.ff2 = nn.Linear(ff, d)
        self.drop = nn.Dropout(drop)

    def forward(self, x, bias):
        b, s, d = x.shape
        h = self.ln1(x)
        q, k, v = self.qkv(h).reshape(b, s, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        if self.fused and not self.training:
            # serving only: the fused kernel, chosen once per shape when a CUDA graph is captured
            h = F.scaled_dot_product_attention(q, k, v, attn_mask=bias.to(q.dtype))
        else:
            # plain ops: they export to ONNX as they are (and eager serving with the fused
            # kernel measured worse: a masked kernel chosen per call, p99 990 ms against 50 ms
            # at 100 concurrent callers on an H100)
            att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(d // self.heads)) + bias
            h = self.drop(att.softmax(-1)) @ v
        h = h.transpose(1, 2).reshape(b, s, d)
        x = x + self.drop(self.out(h))
        return x + self.drop(self.ff2(F.gelu(self.ff1(self.ln2(x)))))


class Tagger(nn.Module):
    def __init__(self, vocab, labels, d=256, layers=4, heads=4, ff=1024, max_len=512, drop=0.1):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(max_len, d)
        self.layers = nn.ModuleList([Layer(d, heads, ff, drop) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, labels)
        self.drop = nn.Dropout(drop)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        # small initial weights (BERT's 0.02): with N(0, 1) embeddings the layers' updates are
        # lost beside the embeddings in the residual stream and the model barely uses context
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask):
        s = input_ids.shape[1]
        pos = torch.arange(s, device=input_ids.device).unsqueeze(0)
        x = self.drop(self.tok(input_ids) + self.pos(pos))
        bias = (1.0 - attention_mask.to(x.dtype))[:, None, None, :] * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return self.head(self.ln(x))


def load(path):
    with gzip.open(path, "rt") as f:
        return [json.loads(line) for line in f]


def pack(seqs, max_len, rng):
    """Concatenate shuffled sequences into examples of up to max_len pieces (with [CLS] and
    [SEP]), so that every position of the model is trained."""
    seqs = seqs[:]
    rng.shuffle(seqs)
    out, ids, labels = [], [], []
    target = rng.randint(32, max_len - 2)
    for s in seqs:
        if ids and len(ids) + len(s["ids"]) > target:
            out.append((ids, labels))
            ids, labels = [], []
            target = rng.randint(32, max_len - 2)
        ids = ids + s["ids"][: max_len - 2]
        labels = labels + s["labels"][: max_len - 2]
    if ids:
        out.append((ids, labels))
    return out


def batches(examples, tokens, rng, device):
    examples = sorted(examples, key=lambda e: len(e[0]))
    groups, cur, longest = [], [], 0
    for e in examples:
        n = len(e[0]) + 2
        if cur and max(longest, n) * (len(cur) + 1) > tokens:
            groups.append(cur)
            cur, longest = [], 0
        cur.append(e)
        longest = max(longest, n)
    if cur:
        groups.append(cur)
    rng.shuffle(groups)
    for g in groups:
        s = max(len(e[0]) for e in g) + 2
        ids = torch.full((len(g), s), PAD, dtype=torch.long)
        lab = torch.full((len(g), s), -100, dtype=torch.long)
        mask = torch.zeros((len(g), s), dtype=torch.long)
        for i, (x, y) in enumerate(g):
            n = len(x)
            ids[i, 0], ids[i, n + 1] = CLS, SEP
            ids[i, 1 : n + 1] = torch.tensor(x)
            lab[i, 1 : n + 1] = torch.tensor(y)
            mask[i, : n + 2] = 1
        yield ids.to(device), mask.to(device), lab.to(device)


def spans(labels, names):
    """Entity spans (type, start, end) over piece indices from BIO label ids."""
    out, cur = [], None
    for i, l in enumerate(labels + [0]):
        name = names[l]
        if name == "O" or name.startswith("B-") or (cur and name[2:] != cur[0]):
            if cur:
                out.append((cur[0], cur[1], i))
                cur = None
            if name != "O":
                cur = (name[2:], i)
        # I- continues cur
    return out


def evaluate(model, dev, names, device):
    model.eval()
    tp = fp = fn = 0
    with torch.no_grad():
        for s in dev:
            ids = torch.tensor([[CLS] + s["ids"][:510] + [SEP]], device=device)
            pred = model(ids, torch.ones_like(ids))[0, 1:-1].argmax(-1).tolist()
            p, g = set(spans(pred, names)), set(spans(s["labels"][:510], names))
            tp += len(p & g)
            fp += len(p - g)
            fn += len(g - p)
    model.train()
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(2 * prec * rec / max(prec + rec, 1e-9), 4)}


def export(model, path, labels):
    model.eval().cpu().float()
    ids = torch.randint(5, 100, (2, 16))
    mask = torch.ones_like(ids)
    kw = dict(input_names=["input_ids", "attention_mask"], output_names=["logits"], opset_version=17)
    try:
        torch.onnx.export(model, (ids, mask), path, dynamo=False,
                          dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                        "logits": {0: "batch", 1: "sequence"}}, **kw)
    except Exception as e:  # newer torch: the dynamo exporter only
        print("TorchScript exporter failed (%s); using dynamo" % e)
        b, s = torch.export.Dim("batch"), torch.export.Dim("sequence", max=512)
        torch.onnx.export(model, (ids, mask), path, dynamo=True, external_data=False,
                          dynamic_shapes={"input_ids": {0: b, 1: s}, "attention_mask": {0: b, 1: s}}, **kw)


def gpu_bench(model, vocab, device):
    """Tokens per second of batched inference on the GPU, fp32 and bf16."""
    model.eval()
    out = []
    for dtype in (torch.float32, torch.bfloat16):
        for batch, seq in ((1, 128), (8, 128), (32, 128), (128, 128), (32, 512), (128, 512)):
            ids = torch.randint(5, vocab, (batch, seq), device=device)
            mask = torch.ones_like(ids)
            with torch.no_grad(), torch.autocast("cuda", dtype=dtype, enabled=dtype != torch.float32):
                for _ in range(5):
                    model(ids, mask)
                torch.cuda.synchronize()
                n, t0 = 0, time.perf_counter()
                while time.perf_counter() - t0 < 1.0:
                    model(ids, mask)
                    n += 1
                torch.cuda.synchronize()
                dt = (time.perf_counter() - t0) / n
            out.append({"dtype": str(dtype).split(".")[-1], "batch": batch, "seq": seq,
                        "ms_per_batch": round(dt * 1e3, 3), "tokens_per_s": int(batch * seq / dt)})
            print(out[-1])
    return out


def from_export(folder):
    """The Tagger an export folder holds (config.json and model.onnx, fp32 or the int8 of
    quantize_dynamic, whose weights are dequantized), so that the shipped model is served
    without training it again. Returns the model and its label names."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    config = json.load(open(os.path.join(folder, "config.json")))
    names = [config["id2label"][str(i)] for i in range(len(config["id2label"]))]
    graph = onnx.load(os.path.join(folder, "model.onnx")).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}

    def value(name):
        if not name.endswith("_quantized"):
            return init[name].astype(np.float32)
        base = name[: -len("_quantized")]
        return (init[name].astype(np.float32) - init[base + "_zero_point"].astype(np.float32)) * init[base + "_scale"]

    state = {}
    for name in init:
        base = name[: -len("_quantized")] if name.endswith("_quantized") else name
        if not base.startswith("onnx::") and not name.endswith(("_scale", "_zero_point")):
            state[base] = value(name)  # named as the module's parameter (embeddings, norms, biases)
    users = {}
    for n in graph.node:
        for x in n.input:
            users.setdefault(x, []).append(n)
    # a Linear's weight is a MatMul's (or MatMulInteger's) matrix, transposed; its name is its
    # bias's, found on the Add its product flows into
    for n in graph.node:
        if n.op_type not in ("MatMul", "MatMulInteger"):
            continue
        w = [x for x in n.input if x in init and init[x].ndim == 2]
        if not w:
            continue
        bias, frontier = None, [n.output[0]]
        for _ in range(8):
            nxt = []
            for t in frontier:
                for u in users.get(t, []):
                    b = [x for x in u.input if x.endswith(".bias") and x in init]
                    if u.op_type == "Add" and b:
                        bias = b[0]
                    nxt += list(u.output)
            if bias or not nxt:
                break
            frontier = nxt
        if bias is None:
            raise ValueError(f"{folder}/model.onnx: no bias after {n.name}'s weight {w[0]}")
        state[bias[: -len(".bias")] + ".weight"] = value(w[0]).T.copy()
    d, layers = config["hidden_size"], config["num_hidden_layers"]
    model = Tagger(config["vocab_size"], len(names), d=d, layers=layers, heads=d // 64, ff=4 * d,
                   max_len=config.get("max_position_embeddings", 512))
    model.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()}, strict=True)
    return model.eval(), names


class Runner:
    """Runs the model on batches of any shape. On CUDA it replays CUDA graphs captured at start
    for bucketed shapes (rows and sequence rounded up), in bf16: a replay costs one launch where
    eager PyTorch launches every kernel from Python, a few milliseconds per batch for this model
    whatever its size. Padding rows and positions are masked."""

    ROWS = (1, 2, 4, 8, 16, 32, 64, 128, 256)

    def __init__(self, model, device, graphs=True, attention="plain", quiet=False, dtype="bf16", only=None, compile=False, seq_step=64):
        self.model, self.device = model.eval().to(device), device
        # sequence buckets from 128 pieces up every seq_step: 32 pads less (a window of 334
        # pieces runs as 352, not 384) for twice the graphs captured at start, and measured no
        # faster on an H200 at 100 callers (p99 13.0-18.6 ms against 11.3-16.8 with 64)
        self.SEQS = (16, 32, 64, 96) + tuple(range(128, 513, seq_step))
        # "autocast": fp32 weights, matrix products in bf16 and norms and softmax in fp32, with
        # casts between them; "bf16": weights and activations in bf16, with no casts
        self.dtype = dtype if device == "cuda" else "fp32"
        if self.dtype == "bf16":
            self.model = self.model.to(torch.bfloat16)
        self.graphs = {}
        self.lock = threading.Lock()
        self.compiled = False
        if compile and device == "cuda":
            # Inductor fuses the norms, GELU and residual adds into the products' neighbours;
            # dynamic shapes, so that one compilation serves every bucket's graph. A torch that
            # cannot compile here (no Triton, no compiler) serves the model as it is, and says so.
            eager = self.model
            try:
                self.model = torch.compile(eager, dynamic=True)
                ids = torch.zeros((2, 16), dtype=torch.long, device=device)
                with torch.no_grad(), self.amp():
                    self.model(ids, torch.ones_like(ids))
                self.compiled = True
            except Exception as e:
                print(f"torch.compile failed, serving the model uncompiled: {e}", flush=True)
                self.model = eager
        if device != "cuda" or not graphs:
            Layer.fused = attention == "sdpa"
            return
        if attention == "auto":
            attention = self.fastest_attention(quiet)
        Layer.fused = attention == "sdpa"
        self.attention = attention
        self.pool = torch.cuda.graph_pool_handle()
        t0 = time.perf_counter()
        for r in reversed(self.ROWS):  # the largest first, so that the shared pool fits it
            for s in reversed(self.SEQS):
                if only is None or (r, s) in only:  # only: the shapes a bench runs
                    self.graphs[r, s] = self.capture(r, s)
        if not quiet:
            print(f"captured {len(self.graphs)} CUDA graphs in {time.perf_counter() - t0:.1f}s (attention {attention}, {self.dtype}{', compiled' if self.compiled else ''})", flush=True)

    def capture(self, r, s, pool=True):
        ids = torch.zeros((r, s), dtype=torch.long, device=self.device)
        mask = torch.ones((r, s), dtype=torch.long, device=self.device)
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream), torch.no_grad(), self.amp():
            for _ in range(2):
                self.model(ids, mask)
        torch.cuda.current_stream().wait_stream(stream)
        g = torch.cuda.CUDAGraph()
        with torch.no_grad(), self.amp():
            with torch.cuda.graph(g, pool=self.pool if pool else None):
                out = self.model(ids, mask).float()
        return g, ids, mask, out

    def amp(self):
        if self.dtype == "autocast":
            return torch.autocast("cuda", dtype=torch.bfloat16, cache_enabled=False)
        return contextlib.nullcontext()

    def fastest_attention(self, quiet):
        """Times plain and fused attention on one captured graph of 256 rows x 384 pieces."""
        times = {}
        for a in ("plain", "sdpa"):
            Layer.fused = a == "sdpa"
            try:
                g = self.capture(256, 384, pool=False)[0]
            except Exception as e:  # a torch without a fused kernel for this shape
                print(f"attention {a}: {e}", flush=True)
                continue
            for _ in range(3):
                g.replay()
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            for _ in range(20):
                g.replay()
            torch.cuda.synchronize()
            times[a] = (time.perf_counter() - t0) / 20
            del g
        if not quiet:
            print("attention at 256 x 384: " + ", ".join(f"{a} {t * 1e3:.2f} ms" for a, t in times.items()), flush=True)
        return min(times, key=times.get)

    def __call__(self, ids, mask):
        """Logits (float32 numpy, rows x sequence x labels) for int64 numpy ids and mask."""
        import bisect
        import numpy as np
        rows, seq = ids.shape
        if not self.graphs:
            with torch.no_grad(), self.amp():
                out = self.model(torch.from_numpy(ids).to(self.device), torch.from_numpy(mask).to(self.device))
            return out.float().cpu().numpy()
        # one bucket for the batch (the longest row's): rows sorted into groups by their own
        # lengths, with finer buckets, measured slower on an H200 (p99 48 ms against 22 ms at
        # 100 callers; a dataset 5.7 against 8.0 MB/s): the server's Python time per batch, not
        # the GPU's, is what costs
        s = self.SEQS[bisect.bisect_left(self.SEQS, seq)]
        parts = []
        with self.lock:
            for r0 in range(0, rows, self.ROWS[-1]):
                n = min(rows - r0, self.ROWS[-1])
                g, gi, gm, out = self.graphs[self.ROWS[bisect.bisect_left(self.ROWS, n)], s]
                gi.zero_()
                gm.zero_()
                gi[:n, :seq].copy_(torch.from_numpy(ids[r0:r0 + n]))
                gm[:n, :seq].copy_(torch.from_numpy(mask[r0:r0 + n]))
                g.replay()
                parts.append(out[:n, :seq].cpu().numpy())
        return parts[0] if len(parts) == 1 else np.concatenate(parts)


def serve(runner, addr, labels, max_rows=256, max_wait=0.0):
    """Serve the model over the KServe v2 tensor protocol (kserve_server.py), batched on the GPU."""
    import numpy as np
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from kserve_server import serve as kserve

    def run(items):
        width = max(s for _, _, _, s in items)
        rows = sum(b for _, _, b, _ in items)
        ids = np.zeros((rows, width), dtype=np.int64)
        mask = np.zeros((rows, width), dtype=np.int64)
        r = 0
        for ib, mb, b, s in items:
            ids[r:r + b, :s] = np.frombuffer(ib, dtype="<i8").reshape(b, s)
            mask[r:r + b, :s] = np.frombuffer(mb, dtype="<i8").reshape(b, s)
            r += b
        out = runner(ids, mask)
        res, r = [], 0
        for _, _, b, s in items:
            part = out[r:r + b, :s]  # float32: tobytes copies it in C order, once
            res.append((part if sys.byteorder == "little" else part.astype("<f4")).tobytes())
            r += b
        return res

    kserve(run, addr, labels, max_rows=max_rows, max_wait=max_wait)


def serve_copy(folder, addr, graphs, attention, max_rows, max_wait, dtype, compile, seq_step):
    model, names = from_export(folder)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    serve(Runner(model, device, graphs, attention, dtype=dtype, compile=compile, seq_step=seq_step), addr, len(names), max_rows, max_wait)


BENCH_SHAPES = ((1, 128), (32, 128), (256, 128), (64, 384), (256, 384), (256, 512))


def bench_shapes(runner, vocab, out):
    """Pieces per second of the runner over batch shapes (its CUDA graphs, when it has them)."""
    import numpy as np
    res = []
    for rows, seq in BENCH_SHAPES if runner.device == "cuda" else BENCH_SHAPES[:1]:
        ids = np.random.randint(5, vocab, (rows, seq)).astype(np.int64)
        mask = np.ones_like(ids)
        for _ in range(3):
            runner(ids, mask)
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 0.5:
            runner(ids, mask)
            n += 1
        dt = (time.perf_counter() - t0) / n
        res.append({"rows": rows, "seq": seq, "ms_per_batch": round(dt * 1e3, 3), "pieces_per_s": int(rows * seq / dt),
                    "graphs": bool(runner.graphs), "attention": getattr(runner, "attention", "plain"), "dtype": runner.dtype,
                    "compiled": runner.compiled})
        print(res[-1], flush=True)
    out.extend(res)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="ner/train/data")
    ap.add_argument("--out", default="ner/model/onnx")
    ap.add_argument("--epochs", type=int, default=24)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tokens", type=int, default=16384, help="pieces per batch")
    ap.add_argument("--lr", type=float, default=6e-4)
    ap.add_argument("--d", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--serve", help="after training, serve the model on HOST:PORT (KServe v2 tensors)")
    ap.add_argument("--serve-procs", type=int, default=1, help="serving processes sharing the port and the GPU")
    ap.add_argument("--export", help="serve (or --bench) this export folder's model.onnx instead of training, e.g. ner/model/onnx")
    ap.add_argument("--graphs", action=argparse.BooleanOptionalAction, default=True, help="CUDA graphs of bucketed shapes when serving on a GPU")
    ap.add_argument("--attention", choices=("plain", "sdpa", "auto"), default="auto", help="serving on a GPU: plain ops, the fused kernel, or the faster at start")
    ap.add_argument("--max-rows", type=int, default=256, help="serving: most rows in one batch")
    ap.add_argument("--max-wait-ms", type=float, default=0.0, help="serving: longest wait to fill a batch (0: a batch takes what has queued while the last one ran, and goes)")
    ap.add_argument("--seq-step", type=int, default=64, help="serving on a GPU: the CUDA graphs' sequence buckets, every this many pieces from 128 (32: finer, twice the graphs)")
    ap.add_argument("--compile", action=argparse.BooleanOptionalAction, default=True, help="serving on a GPU: torch.compile the model before capturing its graphs")
    ap.add_argument("--dtype", choices=("autocast", "bf16"), default="bf16", help="serving on a GPU: the model cast to bf16, or fp32 weights under bf16 autocast")
    ap.add_argument("--bench", help="before serving, write pieces per second over batch shapes to this JSON file")
    args = ap.parse_args()
    if args.export:
        return serve_export(args.export, args)

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    vocab = open(os.path.join(args.data, "vocab.txt"), encoding="utf-8").read().split("\n")[:-1]
    names = json.load(open(os.path.join(args.data, "labels.json")))
    train, dev = load(os.path.join(args.data, "train.jsonl.gz")), load(os.path.join(args.data, "dev.jsonl.gz"))
    print(f"{len(train)} training sequences, {len(dev)} dev, vocab {len(vocab)}, labels {names}, device {device}")

    model = Tagger(len(vocab), len(names), d=args.d, layers=args.layers, heads=args.d // 64, ff=4 * args.d).to(device)
    print("parameters:", sum(p.numel() for p in model.parameters()))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * sum(1 for _ in batches(pack(train, 512, random.Random(0)), args.tokens, random.Random(0), "cpu"))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / 300) * max(0.0, 1 - s / steps))
    t0, step = time.time(), 0
    for epoch in range(args.epochs):
        total = 0.0
        for ids, mask, lab in batches(pack(train, 512, rng), args.tokens, rng, device):
            with torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
                logits = model(ids, mask)
            loss = F.cross_entropy(logits.float().reshape(-1, len(names)), lab.reshape(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item()
        print(f"epoch {epoch + 1}: loss {total:.1f}, dev {evaluate(model, dev, names, device)}, {time.time() - t0:.0f}s", flush=True)

    report = {"dev": evaluate(model, dev, names, device), "train_seconds": round(time.time() - t0, 1),
              "parameters": sum(p.numel() for p in model.parameters()), "device": device}
    if device == "cuda":
        report["gpu_name"] = torch.cuda.get_device_name()
        report["gpu"] = gpu_bench(model, len(vocab), device)

    os.makedirs(args.out, exist_ok=True)
    fp32 = os.path.join(args.out, "model.onnx")
    export(model, fp32, names)
    from onnxruntime.quantization import QuantType, quantize_dynamic
    int8 = os.path.join(args.out, "model.int8.onnx")
    quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8)
    # the exported graphs agree with the trained model
    import numpy as np
    import onnxruntime as ort
    agree = {}
    for name, path in (("fp32", fp32), ("int8", int8)):
        sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
        same = total = 0
        for s in dev[:100]:
            ids = np.array([[CLS] + s["ids"][:510] + [SEP]], dtype=np.int64)
            got = sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0].argmax(-1)
            want = model(torch.tensor(ids), torch.ones(ids.shape, dtype=torch.long)).argmax(-1).numpy()
            same += int((got == want).sum())
            total += got.size
        agree[name] = round(same / total, 5)
    report["onnx_argmax_agreement"] = agree
    shutil.copy(os.path.join(args.data, "vocab.txt"), os.path.join(args.out, "vocab.txt"))
    config = {"model_type": "veil-tagger", "architectures": ["VeilTokenClassifier"],
              "id2label": {str(i): n for i, n in enumerate(names)}, "label2id": {n: i for i, n in enumerate(names)},
              "max_position_embeddings": 512, "hidden_size": args.d, "num_hidden_layers": args.layers,
              "vocab_size": len(vocab), "do_lower_case": False}
    json.dump(config, open(os.path.join(args.out, "config.json"), "w"), indent=1)
    json.dump(report, open(os.path.join(args.out, "report.json"), "w"), indent=1)
    print(json.dumps(report, indent=1))
    if args.serve or args.bench:
        serve_export(args.out, args)


def serve_export(folder, args):
    """Benchmarks (--bench) and serves (--serve) the model of an export folder."""
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, names = from_export(folder)
    print(f"{folder}: {sum(p.numel() for p in model.parameters())} parameters, labels {names}, device {device}", flush=True)
    if args.bench:
        res = []
        bench_shapes(Runner(model, device, graphs=False, attention="plain", dtype="autocast"), model.tok.num_embeddings, res)
        if device == "cuda" and args.graphs:
            for dtype, comp in (("autocast", False), ("bf16", False), ("bf16", True)):  # bf16 casts the model: last
                try:
                    t0 = time.perf_counter()
                    runner = Runner(model, device, attention=args.attention, dtype=dtype, only=BENCH_SHAPES, compile=comp)
                    print(f"runner {dtype}{' compiled' if comp else ''}: ready in {time.perf_counter() - t0:.1f}s", flush=True)
                    bench_shapes(runner, model.tok.num_embeddings, res)
                except Exception as e:  # a torch that cannot compile here: say so, bench the rest
                    print(f"runner {dtype}{' compiled' if comp else ''}: {e}", flush=True)
        report = {"device": device, "results": res}
        if device == "cuda":
            report["gpu_name"] = torch.cuda.get_device_name()
        json.dump(report, open(args.bench, "w"), indent=1)
    if not args.serve:
        return
    if args.serve_procs > 1:
        # each process loads its own copy (CUDA does not survive fork) and shares the port
        import multiprocessing as mp
        ctx = mp.get_context("spawn")
        procs = [ctx.Process(target=serve_copy, args=(folder, args.serve, args.graphs, args.attention, args.max_rows, args.max_wait_ms / 1e3, args.dtype, args.compile, args.seq_step))
                 for _ in range(args.serve_procs)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return
    if args.bench and args.dtype != "bf16":
        model, names = from_export(folder)  # the bench's bf16 runner cast this one
    serve(Runner(model, device, args.graphs, args.attention, dtype=args.dtype, compile=args.compile, seq_step=args.seq_step), args.serve, len(names), args.max_rows, args.max_wait_ms / 1e3)

if __name__ == "__main__":
    main()
