package org.govexchange.local.service;

/** Stands in for a service in {@link ServiceImagesTest}: something to train a class-data archive on. */
public final class TinyApp {

    private TinyApp() {}

    public static void main(String[] args) {
        System.out.println("tiny app ran");
    }
}
