namespace RouteApi.Server.OpenApi;

/// <summary>An OpenAPI document as served: its JSON bytes and the hash clients cache it by.</summary>
internal sealed record SerializedDocument(byte[] Json, string Hash);
