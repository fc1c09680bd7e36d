#!/bin/bash
# Runs once, when the PostgreSQL volume is empty: one login role and one database per service (each service owns its
# schema and never reads another's), plus keycloak's for the optional identity provider. Passwords come from .env.
set -euo pipefail

create_database() {
    local name=$1 password=$2
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database collection "$COLLECTION_DB_PASSWORD"
create_database measurement "$MEASUREMENT_DB_PASSWORD"
create_database approval "$APPROVAL_DB_PASSWORD"
create_database archive "$ARCHIVE_DB_PASSWORD"
create_database keycloak "$KEYCLOAK_DB_PASSWORD"
