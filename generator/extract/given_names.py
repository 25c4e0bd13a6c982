"""Given names, derived by benchmarks/given_names.py: do not edit by hand.

Words that news writing pairs, in full names, with at least 2 different surnames
that the same articles also use alone for a person (PolNeAR train, BBC outside the
editor's review annotations). Run the script again to regenerate.
"""

from __future__ import annotations

from generator.extract.words import word_set

GIVEN_NAMES = word_set(
    """
    Aaron Adam Adrian Al Alan Alex Alexander Allan Alun Andrew Andy Angel Ann Anna Anne
    Anthony Antony Austin Barbara Barry Ben Benjamin Bernard Bernie Betsy Beverley Beverly
    Bill Billy Bob Bobby Brad Brian Bruce Carl Carlos Carol Charles Charlie Chelsea Chris
    Christian Christopher Chuck Claude Clint Clive Colin Cory Craig Curt Dan Daniel Danny
    Dave David Derek Diane Dick Dominic Douglas Duncan Ed Eddie Edward Elizabeth Ellen
    Emmanuel Eric Erin Frank Fred Freddy Frederic Gareth Gary Geoff George Gerhard Glen
    Glenn Gonzalo Gordon Graham Grant Greg Gregory Gwen Harold Harry Helen Hilary Howard
    Hugh Ian Jack Jacques Jake James Jamie Jan Jane Jared Jason Jeff Jeffrey Jennifer Jeremy
    Jerry Jill Jim Jimmy Joe Joel John Jon Jonathan Jose Joseph Josh Joshua Judy Justin
    Karen Kate Keith Kelli Kelly Ken Kenneth Kevin Larry Laurence Laurie Lee Leonard Leonid
    Liam Liz Louis Luis Malcolm Manuel Marc Marco Margaret Maria Mark Martin Marty Marvin
    Mary Matt Matthew Maurice Max Michael Michelle Mike Mikhail Mitchell Mohammed Monica
    Monte Muhammad Neil Nicholas Nick Nigel Norman Oleg Oliver Olivier Patricia Patrick Paul
    Pete Peter Phil Philip Philippe Rachel Rafael Ravi Ray Raymond Reid Rhys Richard Rick
    Rio Rob Robbie Robby Robert Robin Rod Roger Ron Ross Rupert Ryan Sam Samuel Sandra Sandy
    Sarah Scott Sean Sergio Shailendra Shane Sheldon Simon Stanley Stefan Stephanie Stephen
    Steve Steven Stuart Susan Taran Ted Terry Thomas Tim Todd Tom Tony Trevor Victor Viktor
    Vincent Warren William Willie
    """
)
