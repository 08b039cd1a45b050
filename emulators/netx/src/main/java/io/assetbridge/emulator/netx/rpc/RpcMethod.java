package io.assetbridge.emulator.netx.rpc;

/** One JSON-RPC method: positional params in, a result (serialised by Jackson) out. */
@FunctionalInterface
public interface RpcMethod {
  Object call(Params params);
}
