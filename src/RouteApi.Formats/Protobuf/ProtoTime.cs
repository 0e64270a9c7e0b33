namespace RouteApi.Formats.Protobuf;

/// <summary>
/// <c>metav1.Time</c> on the wire: a <c>Timestamp{seconds = 1, nanos = 2}</c> holding whole seconds
/// only (apimachinery <c>time_proto.go</c> drops nanoseconds both ways). The zero time has an empty
/// body; any other time writes both fields, nanos as 0, because gogo always writes non-pointer ints.
/// </summary>
/// <param name="Seconds">Seconds since the Unix epoch; <c>null</c> for the zero time.</param>
internal readonly record struct ProtoTime(long? Seconds)
{
    /// <summary>The wire form of <paramref name="time"/>; <c>null</c> and <see cref="DateTimeOffset.MinValue"/> (Go's zero time) are the zero time.</summary>
    public static ProtoTime From(DateTimeOffset? time) =>
        time is { } value && value != DateTimeOffset.MinValue ? new ProtoTime(value.ToUnixTimeSeconds()) : default;

    /// <summary>The model form: <c>null</c> for the zero time, otherwise a UTC time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The seconds lie outside years 1 to 9999.</exception>
    public DateTimeOffset? ToDateTimeOffset() => Seconds is long seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
