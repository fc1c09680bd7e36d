package id.go.kinerja.systemtest.browser;

import java.util.UUID;

/** Kepala Dinas, the Head: the memos that start collection (A1) and measurement (B1), the disposition (A11 / B9). */
final class KepalaDinas extends DemoPerson {

    KepalaDinas(Web web) {
        super(web, "kepala.disdagtrans");
    }

    /** A1: the Nota Dinas opens the round of the period. Through the API until {@code /kepala} has the memo's form. */
    UUID ordersTheCollection() {
        return web.api().headOrdersTheCollection();
    }
}
