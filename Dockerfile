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
RUN dotnet restore src/RouteApi.Server/RouteApi.Server.csproj
COPY src/ src/
RUN dotnet publish src/RouteApi.Server/RouteApi.Server.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "RouteApi.Server.dll", "--data-dir", "/data", "--urls", "http://0.0.0.0:8080"]
