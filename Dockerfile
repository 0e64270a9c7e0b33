# syntax=docker/dockerfile:1
# Multi-stage build of the RouteApi server (not built in CI: no Docker engine there).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files only, so the restore layer stays cached until they change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/RouteApi.Core/RouteApi.Core.csproj src/RouteApi.Core/
COPY src/RouteApi.Formats/RouteApi.Formats.csproj src/RouteApi.Formats/
COPY src/RouteApi.Storage/RouteApi.Storage.csproj src/RouteApi.Storage/
COPY src/RouteApi.Storage.Sqlite/RouteApi.Storage.Sqlite.csproj src/RouteApi.Storage.Sqlite/
COPY src/RouteApi.Storage.Etcd/RouteApi.Storage.Etcd.csproj src/RouteApi.Storage.Etcd/
COPY src/RouteApi.Server/RouteApi.Server.csproj src/RouteApi.Server/
RUN dotnet restore src/RouteApi.Server/RouteApi.Server.csproj --runtime linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
# ReadyToRun: the code is compiled ahead of time, so a start (which decodes every stored route)
# does not wait for the JIT (docs/benchmarks.md). Framework-dependent, for the aspnet image.
RUN dotnet publish src/RouteApi.Server/RouteApi.Server.csproj --configuration Release --no-restore \
    --runtime linux-x64 --self-contained false -p:PublishReadyToRun=true --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Created and owned by the app user before VOLUME, so a new named volume starts writable by it.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
# Every option is also a ROUTEAPI_* variable (`docker run routeapi --help` lists them), so these
# defaults can be overridden with -e as well as with flags. Plain HTTP on 8080 is for a private
# network or behind a TLS-terminating proxy. For HTTPS set ROUTEAPI_URLS= (empty: unset) and
# ROUTEAPI_BIND_ADDRESS=0.0.0.0, which serve on --secure-port 8443 with --tls-cert-file or a CA
# generated in /data, and override the HEALTHCHECK (Kubernetes ignores it and uses its probes).
ENV ROUTEAPI_DATA_DIR=/data \
    ROUTEAPI_URLS=http://0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
# The aspnet image has no curl or wget; bash's /dev/tcp makes the request. /livez needs no token.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /livez HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '200 OK' <&3"]
ENTRYPOINT ["dotnet", "RouteApi.Server.dll"]
