package com.example.client;

import com.example.client.api.model.Product;
import java.util.List;

/** Hand-written code over the generated record of a schema that lives in the spec jar's second file. */
public final class Catalog {

    private Catalog() {}

    public static long count(List<Product> products) {
        return products.size();
    }
}
