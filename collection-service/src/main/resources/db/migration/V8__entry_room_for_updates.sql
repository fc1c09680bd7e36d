-- An entry is updated several times in its life (entered, corrected, verified, locked) and a worksheet upload
-- updates a whole round at once. Leaving a quarter of each page free lets PostgreSQL keep an updated row on its
-- page without touching the indexes (a HOT update: none of the changed columns is indexed). Applies to the pages
-- written from now on.
alter table entry set (fillfactor = 75);
