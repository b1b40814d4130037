-- Export profiles a user made: local variants of the GB/T 9704 layout, as ExportProfileJson.
CREATE TABLE export_profile (
    name        VARCHAR(200)             PRIMARY KEY,
    content     CHARACTER LARGE OBJECT   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
