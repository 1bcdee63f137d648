"""A small KServe v2 tensor server with dynamic batching, on asyncio (and uvloop when present).

It answers what Triton answers for a bare token classifier: POST /v2/models/NAME/infer with
INT64 input_ids and attention_mask ([batch, sequence], JSON data or Triton's binary data
extension) gives FP32 logits ([batch, sequence, labels]), binary when asked. A batch takes the
requests that queued while the last one ran, at once, as Triton's dynamic batcher does with no
queue delay (with max_wait, it waits that long after its first request for more), padded to one
batch of at most max_rows rows.

It stands in for Triton where Triton is not installed (the GPU machines Veil is measured on),
so that `veil ner bench --protocol tensors` can measure the gateway's remote backend against a
GPU. Standard library only; the model is a function given to serve().
"""
import array
import asyncio
import json
import sys


async def _read_request(reader):
    line = await reader.readline()
    if not line:
        return None
    method, path, _ = line.decode("latin-1").split(" ", 2)
    headers = {}
    while True:
        h = await reader.readline()
        if h in (b"\r\n", b"\n", b""):
            break
        k, v = h.decode("latin-1").split(":", 1)
        headers[k.strip().lower()] = v.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return method, path, headers, body


def _response(status, parts, headers=()):
    """The response's head and body parts, for writer.writelines: a body of logits is not
    copied to join it."""
    if isinstance(parts, bytes):
        parts = [parts]
    head = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}", f"Content-Length: {sum(len(p) for p in parts)}"]
    head += [f"{k}: {v}" for k, v in headers]
    return [("\r\n".join(head) + "\r\n\r\n").encode()] + parts


def serve(run, addr, labels, name="veil-ner", max_rows=256, max_wait=0.0):
    """Serve run(items) on addr ("host:port") until interrupted. items is a list of
    (input_ids, attention_mask, batch, sequence), the tensors as little-endian int64 bytes; run
    returns, per item, its logits as little-endian float32 bytes (batch x sequence x labels).
    run pads the items to one batch itself (with numpy, say), off the event loop."""
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass

    async def main():
        queue = asyncio.Queue()
        loop = asyncio.get_running_loop()

        async def batcher():
            while True:
                items = [await queue.get()]
                rows = items[0][2]
                # max_wait counts from the first request's arrival, as Triton's queue delay
                # does: under load it has waited out the last batch already, and the batch takes
                # what is queued and goes at once
                deadline = items[0][5] + max_wait
                while rows < max_rows:
                    if not queue.empty():
                        it = queue.get_nowait()
                    else:
                        timeout = deadline - loop.time()
                        if timeout <= 0:
                            break
                        try:
                            it = await asyncio.wait_for(queue.get(), timeout)
                        except asyncio.TimeoutError:
                            break
                    items.append(it)
                    rows += it[2]
                try:
                    out = await loop.run_in_executor(None, run, [it[:4] for it in items])
                except Exception as e:  # every waiter learns
                    for it in items:
                        it[4].set_exception(e)
                    continue
                for it, o in zip(items, out):
                    it[4].set_result(o)

        asyncio.ensure_future(batcher())

        async def handle(reader, writer):
            sock = writer.get_extra_info("socket")
            if sock is not None:
                import socket
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                while True:
                    req = await _read_request(reader)
                    if req is None:
                        break
                    method, path, headers, body = req
                    if method == "GET":
                        writer.writelines(_response(200, b"{}", [("Content-Type", "application/json")]))
                        continue
                    n = int(headers.get("inference-header-content-length") or len(body))
                    doc, binary = json.loads(body[:n]), body[n:]
                    t, shape = {}, None
                    for i in doc["inputs"]:
                        size = (i.get("parameters") or {}).get("binary_data_size")
                        shape = i["shape"]
                        if size:
                            t[i["name"]] = binary[:size]
                            binary = binary[size:]
                        else:
                            a = array.array("q", i["data"])
                            if sys.byteorder == "big":
                                a.byteswap()
                            t[i["name"]] = a.tobytes()
                    b, s = shape
                    fut = loop.create_future()
                    await queue.put((t["input_ids"], t["attention_mask"], b, s, fut, loop.time()))
                    data = await fut
                    out = {"name": "logits", "datatype": "FP32", "shape": [b, s, labels]}
                    if any((o.get("parameters") or {}).get("binary_data") for o in doc.get("outputs", [])):
                        out["parameters"] = {"binary_data_size": len(data)}
                        hdr = json.dumps({"model_name": name, "outputs": [out]}).encode()
                        writer.writelines(_response(200, [hdr, data], [("Content-Type", "application/octet-stream"),
                                                                 ("Inference-Header-Content-Length", str(len(hdr)))]))
                    else:
                        f = array.array("f")
                        f.frombytes(data)
                        if sys.byteorder == "big":
                            f.byteswap()
                        out["data"] = f.tolist()
                        writer.writelines(_response(200, json.dumps({"model_name": name, "outputs": [out]}).encode(),
                                               [("Content-Type", "application/json")]))
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                writer.close()

        host, port = addr.rsplit(":", 1)
        # reuse_port: several processes (each with its own model) can share the port
        server = await asyncio.start_server(handle, host, int(port), backlog=1024, reuse_port=True)
        print(f"serving KServe v2 tensors on http://{addr}/v2/models/{name}/infer", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


if __name__ == "__main__":
    # a stand-in model for trying the server without torch: every piece is "O", after an
    # optional busy time per batch (a GPU's)
    import argparse
    import time
    ap = argparse.ArgumentParser(description="KServe v2 tensor server with a stand-in model that answers every piece 'O'")
    ap.add_argument("addr", nargs="?", default="127.0.0.1:8000", help="HOST:PORT to listen on")
    ap.add_argument("busy_ms", nargs="?", type=float, default=0, help="milliseconds each batch takes, as a GPU's would")
    ap.add_argument("--max-rows", type=int, default=256, help="most rows in one batch")
    ap.add_argument("--max-wait-ms", type=float, default=0.0, help="longest wait to fill a batch (0: a batch takes what has queued while the last one ran, and goes)")
    args = ap.parse_args()
    labels = 11

    def all_o(items):
        time.sleep(args.busy_ms / 1e3)
        out = []
        for _, _, b, s in items:
            row = array.array("f", [5.0] + [0.0] * (labels - 1)) * (b * s)
            if sys.byteorder == "big":
                row.byteswap()
            out.append(row.tobytes())
        return out

    serve(all_o, args.addr, labels, max_rows=args.max_rows, max_wait=args.max_wait_ms / 1e3)
