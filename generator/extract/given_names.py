"""Given names, derived by benchmarks/given_names.py: do not edit by hand.

Words that news writing pairs, in full names, with surnames that the same
articles also use alone for a person (PolNeAR train, BBC outside the editor's
review annotations): at least 1 surname(s), and with one only, one titled
surname, no English word, country, region, plural or surname.
MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES: given names that, in at least
2 articles and never the other way, are the only given name of a surname
the article writes after "Mr" (or "Mrs", "Ms", "Miss").
LISTED_GIVEN_NAMES: other given names that Faker's person providers list in at
least 2 locales, written capitalised in the corpus,
and no English word, place, organisation word or surname the corpus uses alone;
weaker evidence, used where a name's type is decided.
Made with Faker 40.63.0; 92 editor's review articles left out, list sha256 534ade82e8c6.
Run the script again to regenerate (--check: is this what it writes now?).
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
    Rahul Randi Rashad Ravi Raymond Reid Reidar Rene Renel Reveta Rhian Rhodri Rhona
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
    Matt Matthew Michael Mike Mikhail Mitt Mohammed Newt Nicholas Nick Nigel Norman
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

LISTED_GIVEN_NAMES = word_set(
    """
    Abdul Abigail Adan Adel Adele Adil Adnan Adolf Adrien Agatha Agnes Agustin Ahmed
    Aida Aidan Aiden Ailis Akif Alberto Albrecht Aldo Alec Alejandro Alessandro
    Alexandra Alexis Alf Alfonso Alice Alicia Alison Alistair Aliya Allison Alois Alvin
    Alyssa Ama Amanda Amaya Amelie Amin Anastasia Anders Andre Andrei Andres Andrey
    Angelina Angelo Anita Annette Anni Annie Anselmo Antoine Antoinette Anton Antonia
    Antonio Aoife Arabella Archie Ari Aris Armand Armando Arnaud Arron Arturo Asha Asher
    Ashley Audrey Augusto Ava Ayaan Baltasar Bautista Bebe Becky Benard Benito Benoit
    Benson Bernadette Bernardo Bernd Bert Berta Bethan Bilal Billie Birgit Blanca Boris
    Brandon Brenda Brien Brigitte Britney Brittney Bryce Caitlyn Camilla Camille Candace
    Candice Carlo Carmel Carole Carolyn Carrie Carsten Cas Casey Catalina Catarina
    Cathal Cato Cecelia Cecilia Cedric Celestine Celine Charlene Chloe Christina
    Christoph Christophe Christos Cindy Claudia Claudio Claus Clayton Clemente Clifford
    Connie Connor Conor Cormac Cristian Cristiano Dani Daniela Danielle Dara Darcy
    Darius Darrell Darren Darryl Debby Deborah Debra Declan Deirdre Denis Denise Dennis
    Denny Dermot Desmond Devin Dianne Didier Dietmar Dimitri Dino Dion Dionne Dolores
    Domenico Dominik Dorothy Dragan Duane Dustin Dwayne Eamonn Edith Edna Eduardo Eileen
    Einar Elaine Eldon Eleanor Elena Eleni Eli Eliza Ella Ellie Eloy Elton Emil Emma
    Emmanuelle Erich Erick Erling Ernest Ervin Erwin Estelle Ethan Ethel Etienne Eva
    Evan Fabien Fabiola Fabrice Farah Farid Fausto Feargal Federico Feliciano Felipe
    Felix Ferenc Fergus Fernando Fidel Filippo Flavia Flavio Florent Florentino Fran
    Frances Francesco Frankie Franz Frederik Gabriela Gabriele Gabrielle Gaby Garrett
    Garry Gaston Gavin Geert Gennaro Geoffrey Gerald Geraldine Geraldo Gerard Gerd Geri
    Germaine Gerson Gert Giacomo Gianfranco Gianluca Gideon Gilda Gilles Gillian Gina
    Gino Gioia Giovanni Gisela Gladys Gloria Godfrey Goran Graeme Gregg Gregorio Greta
    Gretchen Guadalupe Guido Guillermo Gunnar Gunter Gustav Gustavo Gwenda Hamid Hamish
    Hanna Hannah Hannes Hans Harriet Hasan Hayden Hayley Heidi Henri Henrik Hildegard
    Holger Hubert Hugues Idris Ignacio Igor Ileana Imelda Ina Ines Inez Ioannis Irfan
    Irina Isa Ishaan Ismail Ivan Iveta Ivo Jackie Jacqueline Jaime Jakob Jamal Janine
    Jayne Jeanette Jeanne Jeffery Jelena Jemma Jenifer Jennie Jens Jeremie Jermaine
    Jerzy Jesper Jesse Jessica Jessy Jillian Jiri Joan Joann Joanna Joanne Joaquim
    Joaquin Jocelyn Jody Johan Johann Johanna Jolanda Jolene Jonas Jonatan Joni Jordi
    Jorge Jos Josef Josep Juan Juanita Jules Juli Julia Juliana Julie Julien Juliet
    Juliette Juri Justine Kai Kane Kari Karim Karin Karina Karl Karol Karolina Kasper
    Katarina Katerina Katharine Kathleen Kathryn Kathy Katie Katrina Kaye Keanu Keira
    Kelsey Kerstin Kieran Kirsten Kirsty Klaus Koen Konstantin Konstantinos Kristen Kyle
    Lamar Larissa Lars Laszlo Laurent Laurin Lenny Leopold Leroy Lesley Lian Lilian Lina
    Linda Linde Linus Lionel Lisa Livio Lois Lonnie Lorenzo Loretta Lori Lorna Lotta
    Louisa Louise Luc Luca Luciana Luciano Lucie Lucio Ludovic Luigi Lynda Lyndon Lynn
    Lynne Madeleine Madeline Maeve Magdalene Magnus Malgorzata Manfred Manon Marcello
    Marcia Marcus Marek Margherita Margo Margot Mariah Mariam Marianne Mariano Marika
    Marilyn Marion Maritza Marius Marja Marjorie Markus Marlene Marlon Marta Martha
    Martina Maryam Mateja Mathew Mathis Mats Matteo Matthieu Mauro Mayra Mckenzie Megan
    Mehdi Mel Melanie Melinda Mervyn Mia Micha Michel Michele Michell Miguel Mika Mikael
    Mindy Mira Mirco Miriam Modesto Mohamed Monika Monique Moritz Muriel Mustafa Myra
    Nadia Nana Natalie Natasha Nathalie Nathan Neal Nellie Nia Nicolas Niels Nihad
    Niklas Noam Noe Nora Norbert Olaf Olga Olivia Omar Ora Paloma Pam Pamela Paolo
    Pascale Patrik Paule Paulo Pavel Pawel Pedro Petr Peyton Phillip Phyllis Pieter
    Pietro Polly Rabah Raheem Rainer Ralf Ralph Randall Raoul Raquel Redmond Reina Remy
    Renaud Renee Reza Riccardo Ricky Rino Roberta Roberto Rocco Rochelle Roderick Rodney
    Rodrigo Romana Romano Ronnie Rosetta Rosie Ruben Rudolph Rudy Sacha Sadie Saleh
    Salma Sammy Scarlett Seamus Sena Sergei Shani Shaun Shea Shelby Shirley Sonia Sophie
    Stacey Stacy Stefano Steffen Susannah Svetlana Sylvain Sylvester Taj Talia Tamara
    Tarik Tatiana Terrence Terri Tess Thelma Theodor Therese Timoteo Tobias Tomas Toni
    Tonny Tracey Ulf Umberto Urs Ursula Valerie Vasco Vera Vic Vicki Vicky Violeta Vito
    Volker Walid Wanda Wendy Willian Wilma Witold Wolfgang Xenia Yago Yan Yann Yannick
    Yolande Yvonne Zachary Zakaria Zara Zelda Zeynep Zoe
    """
)
