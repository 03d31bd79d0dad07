package fr.transitionspro.suivicep.cli;
public class SuiviCep { public static void main(String[] a) { System.out.println("ok"); } }
