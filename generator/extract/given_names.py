"""Given names, derived by benchmarks/given_names.py: do not edit by hand.

Words that news writing pairs, in full names, with surnames that the same
articles also use alone for a person (PolNeAR train, BBC outside the editor's
review annotations): at least 1 surname(s), and with one only, one titled
surname, no English word, country, region, plural or surname.
MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES: given names that, in at least
2 articles and never the other way, are the only given name of a surname
the article writes after "Mr" (or "Mrs", "Ms", "Miss").
Run the script again to regenerate.
"""

from __future__ import annotations

from generator.extract.words import word_set

GIVEN_NAMES = word_set(
    """
    Aaron Abdullah Abdullatif Abid Aburizal Adam Adamu Adrian Ainum Akhil Al Alain Alan
    Alex Alexander Alexei Allan Alun Amit Amy Andrea Andrew Andy Angel Angela Angie Ann
    Anna Annabella Annamaria Anne Anthony Antony Anurag Arash Arianna Ariel Arne Arnoldo
    Ashok Austin Azmat Baha Barack Barbara Barry Belinda Ben Benita Benjamin Bernard
    Bernie Bertie Betsy Betty Beverley Beverly Bill Billy Bob Bobby Boyden Brad Brendan
    Breshna Brett Brian Bruce Calisto Cara Carl Carla Carlos Carly Carol Cathy Cecile
    Charles Charlie Chelsea Cherie Cheryl Chittabrata Chris Christian Christine
    Christopher Chuck Claire Clara Claude Clint Clive Colin Conchita Corey Cory Courtney
    Craig Curt Damian Damien Dan Daniel Danny Darleen Dave David Dayanidhi Debbie Derek
    Diane Dick Dina Dmitry Dominic Douglas Drayton Duncan Eckhard Ed Eddie Eduard Edward
    Elfyn Elizabeth Ellen Elliot Elward Emilio Emmanuel Enrico Ephraim Eric Erik Erin
    Eswar Faiza Feroz Finlay Fiona Flic Florian Francesca Frank Fraser Fred Freddie
    Freddy Frederic Gail Gareth Gary Geoff George Gerhard Gerry Ghazala Gianni Giuseppe
    Glen Glenn Gonzalo Gordon Gorur Graham Grant Greg Gregory Gwen Gwyneth Hany Harold
    Harry Heizo Helen Helmut Henk Herve Hilary Howard Hugh Huma Humayun Huw Iain Ian
    Ifzal Inacio Ingvar Irene Ivana Ivanka Iyad Jack Jacoba Jacques Jake James Jamie Jan
    Jana Jane Janet Jared Jasdip Jason Javier Jeannie Jeb Jef Jeff Jeffrey Jemima Jenna
    Jennifer Jeremy Jerry Jessie Jill Jim Jimmy Joe Joel John Jon Jonathan Jonny Jose
    Joseph Josh Joshua Judy Julio Justin Kamal Karen Kashiya Kate Katherine Kay Keith
    Kelli Kelly Kellyanne Ken Kenneth Kevin Khizr Kimberly Kristan Kristin Kurt Lachlan
    Lael Lana Lanny Larry Laura Laurence Laurie Lee Lembit Leonard Leonid Liam Lillian
    Lindsey Liz Lleyton Louis Luis Lynton Maggie Mahendra Mahmoud Malcolm Malcom Malte
    Manuel Marc Marco Margaret Maria Marie Mark Martin Marty Martyn Marvin Mary Maryanne
    Massimo Mathieu Matt Matthew Maureen Maurice Max Mefin Meghan Megyn Melania Michael
    Michelle Mike Mikhail Mitchell Moazzam Mohammed Monica Monte Muhammad Mujtaba
    Naghmeh Ned Negar Neil Nesa Nicholas Nick Nicky Nicola Nicole Nigel Nikki Nikolai
    Norah Norman Oleg Oliver Olivier Oona Ossie Palaniappan Patricia Patricio Patrick
    Paul Pete Peter Phil Philip Philippe Platon Quentin Rachel Radwan Rafael Rafik Rahm
    Rahul Randi Rashad Ravi Ray Raymond Reid Reidar Rene Renel Reveta Rhian Rhodri Rhona
    Rhonda Rhys Richard Rick Rinat Rio Rita Rizwan Rob Robbie Robby Robert Robin Robyn
    Rod Rodham Roger Rohit Roly Ron Ronald Rory Roslynn Ross Roxana Roy Rudolf Rupert
    Ryan Sadiq Saeed Sam Samantha Samuel Sandra Sandy Sanjaya Saparmurat Sara Sarah
    Satoru Satya Scott Sean Sepp Serena Sergio Serhiy Shahid Shailendra Shane Sheldon
    Sher Shimon Shiro Silvio Simon Simone Stan Stanley Stefan Stephanie Stephen Steve
    Steven Stuart Subir Sundar Sunil Suranga Susan Susana Susanne Suzanne Sylke Taha
    Taran Tashfeen Ted Terry Tessa Thierry Thomas Thorne Tim Tina Todd Tom Tommy Tony
    Torao Toshiyuki Trevin Trevor Tyrone Ulrich Vicente Victor Vijay Viktor Vince
    Vincent Vincenzo Vinod Vladimir Warren Werner William Willie Wim Yadav Yaseen
    Yasmeen Yevgeny Yonca Yong Yoshiaki Yuji Yulia Yuri Yvette Zack Zeke
    """
)

MALE_GIVEN_NAMES = word_set(
    """
    Aburizal Adam Adrian Akhil Alan Alastair Alex Alun Andrew Andy Anthony Antony Ariel
    Barack Barry Ben Benjamin Bernie Bill Bob Bobby Brian Bruce Carl Carlos Charles
    Charlie Chris Christopher Corey Cory Craig Curt Damian Damien Dan Dave David Derek
    Dick Dieter Dominic Donald Douglas Duncan Ed Edward Eliot Feroz Frank Frederic Gary
    Geoff George Gerhard Gilbert Glen Gonzalo Gordon Graham Harry Heizo Howard Ian Jack
    Jacob Jacques James Jason Jeff Jeffrey Jeremy Jerry Jim John Jonathan Jose Joseph
    Josh Keith Ken Kevin Laurence Leonid Lynton Mahmoud Malcolm Marc Marco Mark Martin
    Matt Matthew Michael Mike Mikhail Mitt Mohammed Neil Newt Nicholas Nick Nigel Norman
    Oliver Palaniappan Paul Pete Peter Phil Philip Philippe Ravi Raymond Reid Richard
    Rick Rob Robbie Robert Robin Roger Ronald Ross Rupert Sam Samuel Scott Sergio
    Shailendra Shankar Silvio Simon Stanley Stefan Stephen Steve Steven Stuart Ted Terry
    Thomas Tim Tom Tony Trevor Victor Viktor Vincent Vladimir Warren Werner William
    Willie
    """
)

FEMALE_GIVEN_NAMES = word_set(
    """
    Ann Anne Carly Carol Carolina Cathy Clara Elizabeth Ellen Hazel Helen Hillary Jane
    Janet Jennifer Joss Judy Kimberly Margaret Mary Nicola Patricia Rachel Rhona Rodham
    Ruth Tashfeen Tessa Yulia
    """
)
