using ProtoBuf;
using ProtoBuf.Serializers;
using RouteApi.Core.Model;
using static RouteApi.Formats.Protobuf.ProtoFields;

namespace RouteApi.Formats.Protobuf;

// spec.tls and spec.httpHeaders (openshift/api route/v1/generated.proto, numbers as in the newest
// file: RouteHTTPHeaderActionUnion type = 1, set = 2; RouteSetHTTPHeader value = 1). In Go,
// externalCertificate and action.set are pointers; httpHeaders.actions and header.action are not.
internal sealed partial class ProtoSerializers :
    ISerializer<TlsConfig>,
    ISerializer<LocalObjectReference>,
    ISerializer<RouteHttpHeaders>,
    ISerializer<RouteHttpHeaderActions>,
    ISerializer<RouteHttpHeader>,
    ISerializer<RouteHttpHeaderActionUnion>,
    ISerializer<RouteSetHttpHeader>
{
    SerializerFeatures ISerializer<TlsConfig>.Features => MessageFeatures;

    SerializerFeatures ISerializer<LocalObjectReference>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteHttpHeaders>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteHttpHeaderActions>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteHttpHeader>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteHttpHeaderActionUnion>.Features => MessageFeatures;

    SerializerFeatures ISerializer<RouteSetHttpHeader>.Features => MessageFeatures;

    // TLSConfig: termination = 1, certificate = 2, key = 3, caCertificate = 4,
    // destinationCACertificate = 5, insecureEdgeTerminationPolicy = 6, externalCertificate = 7.
    void ISerializer<TlsConfig>.Write(ref ProtoWriter.State state, TlsConfig value)
    {
        String(ref state, 1, value.Termination);
        String(ref state, 2, value.Certificate);
        String(ref state, 3, value.Key);
        String(ref state, 4, value.CaCertificate);
        String(ref state, 5, value.DestinationCaCertificate);
        String(ref state, 6, value.InsecureEdgeTerminationPolicy);
        if (value.ExternalCertificate is not null)
        {
            Message(ref state, 7, value.ExternalCertificate, this);
        }
    }

    TlsConfig ISerializer<TlsConfig>.Read(ref ProtoReader.State state, TlsConfig value)
    {
        value ??= new TlsConfig();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Termination = state.ReadString(); break;
                case 2: value.Certificate = Optional(state.ReadString()); break;
                case 3: value.Key = Optional(state.ReadString()); break;
                case 4: value.CaCertificate = Optional(state.ReadString()); break;
                case 5: value.DestinationCaCertificate = Optional(state.ReadString()); break;
                case 6: value.InsecureEdgeTerminationPolicy = Optional(state.ReadString()); break;
                case 7: value.ExternalCertificate = state.ReadMessage(MessageFeatures, value.ExternalCertificate ?? new LocalObjectReference(), this); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // LocalObjectReference: name = 1.
    void ISerializer<LocalObjectReference>.Write(ref ProtoWriter.State state, LocalObjectReference value) =>
        String(ref state, 1, value.Name);

    LocalObjectReference ISerializer<LocalObjectReference>.Read(ref ProtoReader.State state, LocalObjectReference value)
    {
        value ??= new LocalObjectReference();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field == 1)
            {
                value.Name = Optional(state.ReadString());
            }
            else
            {
                state.SkipField();
            }
        }

        return value;
    }

    // RouteHTTPHeaders: actions = 1.
    void ISerializer<RouteHttpHeaders>.Write(ref ProtoWriter.State state, RouteHttpHeaders value) =>
        Message(ref state, 1, value.Actions, this);

    RouteHttpHeaders ISerializer<RouteHttpHeaders>.Read(ref ProtoReader.State state, RouteHttpHeaders value)
    {
        value ??= new RouteHttpHeaders();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field == 1)
            {
                value.Actions = state.ReadMessage(MessageFeatures, value.Actions, this);
            }
            else
            {
                state.SkipField();
            }
        }

        return value;
    }

    // RouteHTTPHeaderActions: response = 1, request = 2 (repeated RouteHTTPHeader).
    void ISerializer<RouteHttpHeaderActions>.Write(ref ProtoWriter.State state, RouteHttpHeaderActions value)
    {
        Messages(ref state, 1, value.Response, this);
        Messages(ref state, 2, value.Request, this);
    }

    RouteHttpHeaderActions ISerializer<RouteHttpHeaderActions>.Read(ref ProtoReader.State state, RouteHttpHeaderActions value)
    {
        value ??= new RouteHttpHeaderActions();
        List<RouteHttpHeader>? response = null;
        List<RouteHttpHeader>? request = null;
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: (response ??= []).Add(state.ReadMessage<RouteHttpHeader>(MessageFeatures, null!, this)); break;
                case 2: (request ??= []).Add(state.ReadMessage<RouteHttpHeader>(MessageFeatures, null!, this)); break;
                default: state.SkipField(); break;
            }
        }

        value.Response = OrNull(response) ?? value.Response;
        value.Request = OrNull(request) ?? value.Request;
        return value;
    }

    // RouteHTTPHeader: name = 1, action = 2.
    void ISerializer<RouteHttpHeader>.Write(ref ProtoWriter.State state, RouteHttpHeader value)
    {
        String(ref state, 1, value.Name);
        Message(ref state, 2, value.Action, this);
    }

    RouteHttpHeader ISerializer<RouteHttpHeader>.Read(ref ProtoReader.State state, RouteHttpHeader value)
    {
        value ??= new RouteHttpHeader();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Name = state.ReadString(); break;
                case 2: value.Action = state.ReadMessage(MessageFeatures, value.Action, this); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // RouteHTTPHeaderActionUnion: type = 1, set = 2.
    void ISerializer<RouteHttpHeaderActionUnion>.Write(ref ProtoWriter.State state, RouteHttpHeaderActionUnion value)
    {
        String(ref state, 1, value.Type);
        if (value.Set is not null)
        {
            Message(ref state, 2, value.Set, this);
        }
    }

    RouteHttpHeaderActionUnion ISerializer<RouteHttpHeaderActionUnion>.Read(ref ProtoReader.State state, RouteHttpHeaderActionUnion value)
    {
        value ??= new RouteHttpHeaderActionUnion();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            switch (field)
            {
                case 1: value.Type = state.ReadString(); break;
                case 2: value.Set = state.ReadMessage(MessageFeatures, value.Set ?? new RouteSetHttpHeader(), this); break;
                default: state.SkipField(); break;
            }
        }

        return value;
    }

    // RouteSetHTTPHeader: value = 1.
    void ISerializer<RouteSetHttpHeader>.Write(ref ProtoWriter.State state, RouteSetHttpHeader value) =>
        String(ref state, 1, value.Value);

    RouteSetHttpHeader ISerializer<RouteSetHttpHeader>.Read(ref ProtoReader.State state, RouteSetHttpHeader value)
    {
        value ??= new RouteSetHttpHeader();
        int field;
        while ((field = state.ReadFieldHeader()) > 0)
        {
            if (field == 1)
            {
                value.Value = state.ReadString();
            }
            else
            {
                state.SkipField();
            }
        }

        return value;
    }
}
