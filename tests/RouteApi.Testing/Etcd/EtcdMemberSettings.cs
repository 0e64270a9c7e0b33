namespace RouteApi.Testing.Etcd;

/// <summary>What every member of a test cluster shares.</summary>
/// <param name="InitialCluster">etcd's <c>--initial-cluster</c>: every member's name=peer URL.</param>
/// <param name="HeartbeatMilliseconds">The raft heartbeat interval.</param>
/// <param name="ElectionMilliseconds">The raft election timeout.</param>
/// <param name="Tls">Certificates for TLS with client certificates on the client port; null for plain HTTP.</param>
public sealed record EtcdMemberSettings(string InitialCluster, int HeartbeatMilliseconds, int ElectionMilliseconds, EtcdTestCertificates? Tls);
