# The ledger for users who have Docker: `docker compose up` runs PostgreSQL and `ledger serve` on it.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Ledger.Cli/Ledger.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY samples /samples
ENTRYPOINT ["dotnet", "/app/ledger.dll"]
